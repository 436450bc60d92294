// wagtail-localize's translation editor writes two texts in English into its JavaScript, out of
// reach of any catalogue: the section heading "<source> to <target> translation" and the
// screen-reader label "More actions". This puts the admin's own words in their place (given by
// pages/wagtail_hooks.py in the user's admin language) as the editor renders them.
(() => {
  const script = document.currentScript;
  const editor = document.querySelector('.js-translation-editor');
  if (!script || !editor) return;
  const heading = script.dataset.heading; // "Översättning från %(source)s till %(target)s"
  const moreActions = script.dataset.moreActions;
  const ENGLISH_HEADING = /^(.+) to (.+) translation$/;

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
  };
  new MutationObserver(translate).observe(document.body, { childList: true, subtree: true });
  translate();
})();
