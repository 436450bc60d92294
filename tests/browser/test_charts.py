"""The project overview's charts read on a phone and in forced colours (pages/charts.py)."""

import pytest

pytestmark = pytest.mark.browser

OVERVIEW = ["/projekt/oversikt/", "/en/projects/overview/"]
CHARTS = ".timeline, .bar-chart"

# The size each text is drawn at: its computed font size, times the scale of any SVG it is
# drawn in (a chart scaled to fit a phone shrinks its text with it).
TEXT_SIZES = """(selector) => {
    const sizes = [];
    for (const chart of document.querySelectorAll(selector)) {
        for (const el of chart.querySelectorAll('*')) {
            const own = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE);
            const text = own.map(n => n.data).join('').trim();
            if (!text || !el.getClientRects().length) continue;
            let scale = 1;
            if (el instanceof SVGGraphicsElement) {
                const m = el.getScreenCTM();
                scale = Math.hypot(m.a, m.b);
            }
            sizes.push([text, parseFloat(getComputedStyle(el).fontSize) * scale]);
        }
    }
    return sizes;
}"""

BAR_COLOURS = """(selector) => {
    const rgb = c => c.match(/[\\d.]+/g).map(Number);
    const luminance = ([r, g, b]) => {
        const lin = v => (v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const background = rgb(getComputedStyle(document.body).backgroundColor);
    return [...document.querySelectorAll(selector)].map(bar => {
        const fill = getComputedStyle(bar).fill;
        const [a, b] = [luminance(rgb(fill)), luminance(background)].sort((x, y) => y - x);
        return {fill, background: getComputedStyle(document.body).backgroundColor,
                contrast: (a + 0.05) / (b + 0.05), width: bar.getBoundingClientRect().width};
    });
}"""


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("path", OVERVIEW)
def test_chart_text_is_never_below_12_px(browser, site_url, path, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(site_url + path)
    sizes = page.evaluate(TEXT_SIZES, CHARTS)
    assert len(sizes) > 20  # labels, amounts and years
    small = [(text, round(size, 1)) for text, size in sizes if size < 12]
    assert small == [], f"text below 12 px at {width} px"
    context.close()


@pytest.mark.parametrize("path", OVERVIEW)
def test_bars_stay_visible_in_forced_colours(browser, site_url, path):
    context = browser.new_context(
        viewport={"width": 375, "height": 800}, forced_colors="active", color_scheme="dark"
    )
    page = context.new_page()
    page.goto(site_url + path)
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    bars = page.evaluate(BAR_COLOURS, ".bar-chart__bar rect, .timeline__span")
    assert len(bars) >= 10
    for bar in bars:
        assert "rgba" not in bar["fill"] and bar["fill"] != bar["background"], bar
        assert bar["contrast"] >= 3, bar  # WCAG 1.4.11: a graphic against its background
    context.close()


def test_bars_keep_their_colour_without_forced_colours(page, site_url):
    page.goto(site_url + OVERVIEW[0])
    bars = page.evaluate(BAR_COLOURS, ".bar-chart__bar rect, .timeline__span")
    assert {bar["fill"] for bar in bars} == {"rgb(11, 74, 111)"}  # --color-accent
    assert all(bar["contrast"] >= 3 and bar["width"] > 0 for bar in bars)
