// The main menu on narrow screens. Without JavaScript it is a <details> disclosure
// (templates/includes/main_navigation.html); here it becomes a real button with aria-expanded
// that shows and hides the menu, and Escape closes it and returns focus to the button. The CSS
// reads the state from aria-expanded and shows the menu regardless on wide screens, where the
// button is hidden.
(() => {
  const shown = (element) => element.getClientRects().length > 0;

  for (const details of document.querySelectorAll('details.main-menu')) {
    const summary = details.querySelector(':scope > summary');
    const nav = details.querySelector(':scope > nav');
    if (!summary || !nav || !nav.id) continue;

    const button = document.createElement('button');
    button.type = 'button';
    button.className = summary.className;
    button.setAttribute('aria-controls', nav.id);
    button.append(...summary.childNodes);

    const menu = document.createElement('div');
    menu.className = details.className;
    menu.append(button, nav);
    details.replaceWith(menu);

    const setOpen = (open) => button.setAttribute('aria-expanded', String(open));
    setOpen(details.open);

    button.addEventListener('click', () => {
      setOpen(button.getAttribute('aria-expanded') !== 'true');
    });

    menu.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      if (!shown(button)) return; // wide screens: the menu is always shown, nothing to close
      event.preventDefault();
      setOpen(false);
      button.focus();
    });
  }
})();
