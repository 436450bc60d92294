// The checks panel's readability as LIX, the measure Swedish editors know: Wagtail computes
// the score (lixScore) but shows only "Good/Fair/Complex". The bands come from the server
// (pages/readability.py) in this script tag's data-lix-bands, so the report agrees.
(() => {
  const script = document.currentScript;
  const bands = JSON.parse(script.dataset.lixBands);
  const bandOf = (score) => bands.find(([upper]) => upper === null || score < upper)[1];

  document.addEventListener('w-preview:content', ({ detail }) => {
    const score = detail && detail.metrics && detail.metrics.lixScore;
    // Wagtail writes its own label right after this event; ours goes in after it.
    setTimeout(() => {
      const target = document.querySelector('[data-content-readability-score]');
      if (!target) return;
      target.textContent = score
        ? `LIX ${Math.round(score)}: ${bandOf(score)}`
        : script.dataset.lixTooShort;
    }, 0);
  });
})();
