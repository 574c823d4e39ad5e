/**
 * Styles live in the shadow root, so the host page's CSS cannot break the chat and ours cannot leak.
 * Logical properties (inline-start/end) mirror the layout by themselves for right-to-left languages.
 * Colours meet WCAG AA contrast (4.5:1 for text); sizes are in rem so text zooms to 200 %.
 */
export const CSS = `
:host{all:initial;font-family:system-ui,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","DejaVu Sans",Tahoma,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a}
*,*::before,*::after{box-sizing:border-box}
:host([data-mode=widget]){position:fixed;inset-block-end:1rem;inset-inline-end:1rem;z-index:2147483000}
:host([data-mode=page]){display:block;min-height:100vh;background:#f3f4f6}
.sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
button,input,select,textarea{font:inherit;color:inherit}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.launcher svg{width:1.5rem;height:1.5rem;fill:currentColor}
.launcher{display:flex;align-items:center;gap:.5rem;margin-inline-start:auto;padding:.75rem 1.25rem;border:2px solid #fff;border-radius:2rem;background:#0b4f8a;color:#fff;font-weight:600;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.launcher:hover{background:#083a66}
.panel{display:flex;flex-direction:column;width:min(24rem,calc(100vw - 2rem));height:min(40rem,calc(100vh - 6rem));margin-block-end:.75rem;background:#fff;border:1px solid #6b7280;border-radius:.75rem;box-shadow:0 4px 24px rgba(0,0,0,.25);overflow:hidden}
.panel[hidden]{display:none}
.page .panel{width:auto;max-width:44rem;height:auto;min-height:100vh;margin:0 auto;border-radius:0;border-block:0;box-shadow:none}
@media (min-height:36rem){.page .panel{height:100vh;height:100dvh}}
@media (max-height:32rem){.panel{overflow-y:auto}.panel .body{flex:none;overflow:visible;min-height:0}}
header{display:flex;align-items:center;gap:.5rem;padding:.75rem 1rem;background:#0b4f8a;color:#fff}
header h1,header h2{flex:1;margin:0;font-size:1.125rem}
header .close{min-width:2.75rem;min-height:2.75rem;border:2px solid transparent;border-radius:.5rem;background:transparent;color:#fff;font-size:1.5rem;line-height:1;cursor:pointer}
header .close:hover{border-color:#fff}
header :focus-visible{outline-color:#fff}
nav ul{display:flex;gap:.75rem;margin:0;padding:0;list-style:none}
nav a{color:#fff}
.body{flex:1;min-height:6rem;overflow-y:auto}
.notices{padding:.75rem 1rem 0}
.notices p{margin:0 0 .5rem}
.sign{padding:.5rem .75rem;border-inline-start:4px solid #0b4f8a;background:#e8f0f8}
.status{padding:0 1rem;font-size:.875rem;color:#374151}
.log{margin:0;padding:.5rem 1rem;list-style:none}
.msg{max-width:85%;margin-block:.5rem;padding:.5rem .75rem;border-radius:.75rem;background:#eef1f5}
.msg.in{margin-inline-start:auto;background:#0b4f8a;color:#fff}
.msg .who{display:block;font-size:.8125rem;font-weight:600}
.msg .text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.msg .meta{display:block;font-size:.8125rem;color:#374151}
.msg.in .meta{color:#fff}
.msg.failed{outline:2px solid #b00020}
form{padding:.75rem 1rem 1rem;border-block-start:1px solid #d1d5db}
label{display:block;margin-block:.5rem .25rem;font-weight:600}
input,select,textarea{display:block;width:100%;padding:.5rem;border:2px solid #4b5563;border-radius:.375rem;background:#fff}
textarea{resize:vertical;min-height:3.5rem}
.hint,.kvkk{margin:.25rem 0;font-size:.875rem;color:#374151}
.kvkk a{color:#0b4f8a}
.error{margin:.25rem 0;color:#b00020;font-weight:600}
.error:empty{display:none}
.send{margin-block-start:.5rem;min-height:2.75rem;padding:.5rem 1.5rem;border:0;border-radius:.375rem;background:#0b4f8a;color:#fff;font-weight:600;cursor:pointer}
.send:hover{background:#083a66}
`;
