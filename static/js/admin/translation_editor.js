// wagtail-localize's translation editor writes some texts in English, out of reach of any
// catalogue: the section heading "<source> to <target> translation", the screen-reader label
// "More actions", the dates of its comments ("Manuellt översatt på 4 December 2026": Python's
// strftime names the month in English) and the names of the tools that translated a text
// ("Översatt med PO File"). This puts the admin's own words in their place (given by
// pages/wagtail_hooks.py in the user's admin language) as the editor renders them.
(() => {
  const script = document.currentScript;
  const editor = document.querySelector('.js-translation-editor');
  if (!script || !editor) return;
  const heading = script.dataset.heading; // "Översättning från %(source)s till %(target)s"
  const moreActions = script.dataset.moreActions;
  const months = JSON.parse(script.dataset.months || '[]'); // januari … december
  const tools = JSON.parse(script.dataset.tools || '{}'); // {"PO File": "PO-fil", …}
  const ENGLISH_HEADING = /^(.+) to (.+) translation$/;
  const ENGLISH_MONTHS = [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ];
  const ENGLISH_DATE = new RegExp(`\\b(\\d{1,2}) (${ENGLISH_MONTHS.join('|')}) (\\d{4})\\b`);

  const comment = (text) => {
    let result = text.replace(ENGLISH_DATE, (_all, day, month, year) =>
      `${day} ${months[ENGLISH_MONTHS.indexOf(month)] || month} ${year}`);
    for (const [name, local] of Object.entries(tools)) result = result.split(` ${name} `).join(` ${local} `);
    return result;
  };

  const translate = () => {
    for (const title of editor.querySelectorAll('section h3')) {
      const match = ENGLISH_HEADING.exec(title.textContent.trim());
      if (match) {
        title.textContent = heading
          .replace('%(source)s', match[1])
          .replace('%(target)s', match[2]);
      }
    }
    for (const label of document.querySelectorAll('.w-sr-only')) {
      if (label.textContent === 'More actions') label.textContent = moreActions;
    }
    const texts = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      if (ENGLISH_DATE.test(node.nodeValue)) {
        const local = comment(node.nodeValue);
        if (local !== node.nodeValue) node.nodeValue = local; // (no change: no new mutation)
      }
    }
  };
  new MutationObserver(translate).observe(document.body, { childList: true, subtree: true, characterData: true });
  translate();
})();
