/**
 * The survey question, in the ticket's language. The Turkish text keeps to the GSM 7-bit alphabet
 * (one SMS segment), as the acknowledgements do.
 */
export const SURVEY_TEXTS: Record<string, string> = {
  tr: 'Alo 183: {ticket} numarali basvurunuz sonuclandi. Hizmetimizi 1 (hic memnun degilim) ile 5 (cok memnunum) arasinda bir rakamla puanlar misiniz?',
  ku: 'Alo 183: Serlêdana we ya {ticket} bi dawî bû. Ji kerema xwe xizmeta me bi hejmarekê ji 1 (qet ne razî) heta 5 (gelek razî) binirxînin.',
  ar: 'الخط 183: تم إنهاء طلبكم رقم {ticket}. يرجى تقييم خدمتنا برقم من 1 (غير راضٍ إطلاقًا) إلى 5 (راضٍ جدًا).',
};

export const surveyText = (lang: string | null, ticketNumber: string) => (SURVEY_TEXTS[lang ?? 'tr'] ?? SURVEY_TEXTS.tr!).replaceAll('{ticket}', ticketNumber);
