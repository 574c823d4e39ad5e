// `kopru <command>`: each command loads only what it needs (`parse` never opens the database).
const [command, ...args] = process.argv.slice(2);

async function main(): Promise<number> {
  switch (command) {
    case 'parse': {
      const { runParseCommand } = await import('./cli/parse-command.ts');
      await runParseCommand(process.stdin, process.stdout);
      return 0;
    }
    case 'simulate': {
      const { runSimulateCommand } = await import('./cli/simulate-command.ts');
      return runSimulateCommand(args);
    }
    default: {
      const { runAdminCommand } = await import('./cli/admin-commands.ts');
      return runAdminCommand(command, args);
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kopru: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
