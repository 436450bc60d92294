// The checks panel's word count, reading time and readability, measured on the page's own text.
// Wagtail counts everything in the preview's <main>, the feedback form and the page's meta
// data included, and shows readability only as "Good/Fair/Complex". The preview carries the
// server's measure of the lead and body (pages/readability.py text_metrics, the same as the
// readability report's) in a JSON script; this shows it as LIX with the site's Swedish bands.
(() => {
  const script = document.currentScript;
  const METRICS_ID = 'regionsite-text-metrics';

  const previewMetrics = () => {
    const frames = document.querySelectorAll('#w-preview-iframe');
    for (const frame of Array.from(frames).reverse()) {
      const data = frame.contentDocument && frame.contentDocument.getElementById(METRICS_ID);
      if (data) return JSON.parse(data.textContent);
    }
    return null;
  };

  const readability = (metrics) => {
    if (!metrics.rated) return script.dataset.lixNotRated;
    if (metrics.lix === null) return script.dataset.lixTooShort;
    return `LIX ${Math.round(metrics.lix)}: ${metrics.band}`;
  };

  document.addEventListener('w-preview:content', () => {
    // Wagtail writes its own figures right after this event; ours replace them.
    setTimeout(() => {
      const metrics = previewMetrics();
      if (!metrics) return;
      const show = (selector, text) => {
        const target = document.querySelector(selector);
        if (target) target.textContent = text;
      };
      show('[data-content-word-count]', String(metrics.words));
      show('[data-content-reading-time]', `${metrics.minutes} min`);
      show('[data-content-readability-score]', readability(metrics));
    }, 0);
  });
})();
