"""The seeded illustrations, drawn in code: calm, flat landscapes of Gävleborg in the site's
colours. The JPEG files beside this module are its output; draw them again after a change with

    .venv/bin/python -m pages.seed.images.draw

Each scene is drawn at twice its size and scaled down, which smooths the edges. Randomness comes
from a seed per scene, so the same code always draws the same pictures.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1600, 900
SCALE = 2  # drawn at twice the size, then scaled down: smooth edges
HERE = Path(__file__).resolve().parent

# The site's accent (#0b4a6f) and tint (#eaf2f7), with the greens of a spruce forest and the
# red of a Falu-red house.
SKY_TOP = (214, 231, 241)
SKY_HORIZON = (246, 238, 224)
SUN = (243, 205, 150)
FAR_HILLS = (164, 191, 208)
MID_HILLS = (112, 150, 173)
FOREST = (47, 93, 98)
FOREST_DARK = (31, 70, 76)
FIELD = (120, 158, 112)
FIELD_DARK = (82, 124, 88)
WATER = (128, 168, 192)
WATER_LIGHT = (176, 204, 220)
ACCENT = (11, 74, 111)
FALU_RED = (150, 52, 40)
WHITE = (250, 250, 247)
GREY = (120, 132, 140)
GREY_LIGHT = (190, 198, 204)


class Canvas:
    """A picture being drawn, in the scene's own coordinates (WIDTH × HEIGHT)."""

    def __init__(self, seed: int):
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), SKY_TOP)
        self.draw = ImageDraw.Draw(self.image)
        self.random = random.Random(seed)  # noqa: S311 - where trees stand, not a secret

    def xy(self, points):
        return [(x * SCALE, y * SCALE) for x, y in points]

    def polygon(self, points, fill):
        self.draw.polygon(self.xy(points), fill=fill)

    def rectangle(self, x0, y0, x1, y1, fill):
        self.draw.rectangle([x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE], fill=fill)

    def ellipse(self, x0, y0, x1, y1, fill):
        self.draw.ellipse([x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE], fill=fill)

    def line(self, points, fill, width):
        self.draw.line(self.xy(points), fill=fill, width=round(width * SCALE), joint="curve")

    def finished(self) -> Image.Image:
        return self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


def blend(a, b, t: float):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def sky(canvas: Canvas, horizon: float, sun_at: tuple[float, float] | None = None):
    for y in range(0, math.ceil(horizon) + 1, 2):
        t = min(1.0, y / horizon) ** 1.6
        canvas.rectangle(0, y, WIDTH, y + 2, blend(SKY_TOP, SKY_HORIZON, t))
    if sun_at:
        x, y = sun_at
        for radius, t in ((150, 0.82), (105, 0.6), (62, 0.0)):
            canvas.ellipse(
                x - radius, y - radius, x + radius, y + radius, blend(SUN, SKY_HORIZON, t)
            )


def ridge(canvas: Canvas, base: float, height: float, fill, waves: int = 3, phase: float = 0):
    """A line of hills from edge to edge, its top at ``base`` give or take ``height``."""
    shifts = [canvas.random.uniform(0, math.tau) + phase for _ in range(waves)]
    points = []
    for step in range(0, 161):
        x = WIDTH * step / 160
        y = base
        for n, shift in enumerate(shifts, start=1):
            y -= height / n * math.sin(x / WIDTH * math.pi * (n + 0.5) + shift)
        points.append((x, y))
    canvas.polygon([*points, (WIDTH, HEIGHT), (0, HEIGHT)], fill)
    return points


def spruce(canvas: Canvas, x: float, ground: float, height: float, fill):
    """A spruce: three stacked triangles, narrower towards the top."""
    width = height * 0.42
    for tier in range(3):
        bottom = ground - height * tier * 0.26
        top = bottom - height * 0.5
        half = width * (1 - tier * 0.25) / 2
        canvas.polygon([(x - half, bottom), (x + half, bottom), (x, top)], fill)


def forest(canvas: Canvas, ground: float, x0: float, x1: float, size: float, fill, density=0.7):
    x = x0
    while x < x1:
        height = size * canvas.random.uniform(0.7, 1.2)
        spruce(canvas, x, ground + canvas.random.uniform(0, 6), height, fill)
        x += height * 0.42 * density


def water(canvas: Canvas, top: float, bottom: float = HEIGHT):
    canvas.rectangle(0, top, WIDTH, bottom, WATER)
    for _ in range(38):
        y = canvas.random.uniform(top + 12, bottom - 6)
        x = canvas.random.uniform(-100, WIDTH)
        length = canvas.random.uniform(60, 220) * (0.5 + (y - top) / (bottom - top))
        canvas.line([(x, y), (x + length, y)], WATER_LIGHT, 3)


def house(canvas: Canvas, x: float, ground: float, width: float, fill=FALU_RED):
    height = width * 0.62
    canvas.rectangle(x, ground - height, x + width, ground, fill)
    canvas.polygon(
        [
            (x - width * 0.08, ground - height),
            (x + width * 1.08, ground - height),
            (x + width / 2, ground - height - width * 0.42),
        ],
        FOREST_DARK,
    )
    window = width * 0.16
    for wx in (x + width * 0.2, x + width * 0.64):
        canvas.rectangle(
            wx, ground - height * 0.66, wx + window, ground - height * 0.66 + window, WHITE
        )
    canvas.rectangle(x + width * 0.44, ground - height * 0.55, x + width * 0.58, ground, WHITE)


def wind_turbine(canvas: Canvas, x: float, ground: float, height: float, angle: float):
    canvas.polygon(
        [
            (x - height * 0.018, ground),
            (x + height * 0.018, ground),
            (x + height * 0.008, ground - height),
            (x - height * 0.008, ground - height),
        ],
        WHITE,
    )
    hub = (x, ground - height)
    blade = height * 0.5
    for n in range(3):
        a = angle + n * math.tau / 3
        tip = (hub[0] + blade * math.cos(a), hub[1] + blade * math.sin(a))
        side = (
            hub[0] + blade * 0.2 * math.cos(a + 0.25),
            hub[1] + blade * 0.2 * math.sin(a + 0.25),
        )
        canvas.polygon([hub, side, tip], WHITE)
    r = height * 0.025
    canvas.ellipse(hub[0] - r, hub[1] - r, hub[0] + r, hub[1] + r, GREY_LIGHT)


def factory(canvas: Canvas, x: float, ground: float, scale: float):
    canvas.rectangle(x, ground - 150 * scale, x + 330 * scale, ground, GREY_LIGHT)
    for n in range(4):  # a saw-tooth roof
        left = x + n * 82.5 * scale
        canvas.polygon(
            [
                (left, ground - 150 * scale),
                (left + 82.5 * scale, ground - 150 * scale),
                (left + 82.5 * scale, ground - 200 * scale),
            ],
            GREY_LIGHT,
        )
        canvas.rectangle(
            left + 60 * scale, ground - 190 * scale, left + 80 * scale, ground - 152 * scale, ACCENT
        )
    for n, chimney_x in enumerate((x + 360 * scale, x + 410 * scale)):
        top = ground - (330 - n * 50) * scale
        canvas.rectangle(chimney_x, top, chimney_x + 26 * scale, ground, GREY)
        canvas.rectangle(
            chimney_x, top + 24 * scale, chimney_x + 26 * scale, top + 36 * scale, WHITE
        )
    for n in range(5):
        wx = x + (24 + n * 62) * scale
        canvas.rectangle(wx, ground - 110 * scale, wx + 36 * scale, ground - 60 * scale, ACCENT)


def train(canvas: Canvas, x: float, rail: float, cars: int, length: float = 210):
    height = 62
    for n in range(cars):
        left = x + n * (length + 10)
        nose = 40 if n == 0 else 0
        canvas.polygon(
            [
                (left + nose, rail - height),
                (left + length, rail - height),
                (left + length, rail - 8),
                (left, rail - 8),
                (left, rail - height * 0.55),
            ],
            WHITE,
        )
        canvas.rectangle(left, rail - 20, left + length, rail - 12, ACCENT)
        for wx in range(int(left + nose + 18), int(left + length - 30), 38):
            canvas.rectangle(wx, rail - height + 14, wx + 24, rail - height + 32, ACCENT)


def mast(canvas: Canvas, x: float, ground: float, height: float):
    half = height * 0.08
    top = ground - height
    canvas.line([(x - half, ground), (x, top)], GREY, 4)
    canvas.line([(x + half, ground), (x, top)], GREY, 4)
    rungs = 7
    for n in range(1, rungs):
        y = ground - height * n / rungs
        w = half * (1 - n / rungs)
        canvas.line([(x - w, y), (x + w, y)], GREY, 2.5)
    for n in range(3):  # the signal, as arcs
        r = 26 + n * 22
        canvas.draw.arc(
            [(x - r) * SCALE, (top - r) * SCALE, (x + r) * SCALE, (top + r) * SCALE],
            start=-60,
            end=-20,
            fill=ACCENT,
            width=4 * SCALE,
        )


def birds(canvas: Canvas, count: int, area: tuple[float, float, float, float]):
    x0, y0, x1, y1 = area
    for _ in range(count):
        x, y = canvas.random.uniform(x0, x1), canvas.random.uniform(y0, y1)
        w = canvas.random.uniform(10, 16)
        canvas.line([(x - w, y - w * 0.4), (x, y), (x + w, y - w * 0.4)], FOREST_DARK, 2.5)


# --- Scenes -------------------------------------------------------------------------------


def home() -> Image.Image:
    """The coast: a bay with forested islands, hills behind, a low sun."""
    canvas = Canvas(seed=1)
    sky(canvas, 560, sun_at=(1130, 420))
    ridge(canvas, 470, 40, FAR_HILLS)
    ridge(canvas, 540, 30, MID_HILLS)
    forest(canvas, 585, -20, 620, 90, FOREST)
    water(canvas, 580)
    canvas.polygon([(880, 640), (1010, 600), (1180, 606), (1290, 650)], FOREST_DARK)
    forest(canvas, 640, 905, 1270, 70, FOREST_DARK, density=0.8)
    ridge(canvas, 830, 22, FOREST_DARK, waves=2)
    forest(canvas, 840, -20, 420, 170, FOREST_DARK)
    house(canvas, 470, 836, 96)
    birds(canvas, 5, (300, 160, 720, 300))
    return canvas.finished()


def infrastructure() -> Image.Image:
    """A railway on a viaduct over a river valley, a road and power lines."""
    canvas = Canvas(seed=2)
    sky(canvas, 520, sun_at=(300, 300))
    ridge(canvas, 440, 50, FAR_HILLS)
    ridge(canvas, 520, 35, MID_HILLS)
    forest(canvas, 560, -20, WIDTH + 20, 80, FOREST)
    water(canvas, 640, 760)
    ridge(canvas, 820, 30, FIELD, waves=2)
    deck = 560
    canvas.rectangle(0, deck, WIDTH, deck + 22, GREY)
    for n in range(9):  # the viaduct's arches
        left = n * 190 - 40
        canvas.rectangle(left, deck + 22, left + 30, 800, GREY)
        canvas.draw.arc(
            [(left + 30) * SCALE, (deck + 10) * SCALE, (left + 190) * SCALE, (deck + 140) * SCALE],
            start=180,
            end=360,
            fill=GREY,
            width=12 * SCALE,
        )
    train(canvas, 520, deck, cars=4)
    canvas.line([(0, 860), (WIDTH, 800)], GREY, 16)  # the road
    canvas.line([(0, 860), (WIDTH, 800)], WHITE, 2)
    forest(canvas, 900, -20, 360, 190, FOREST_DARK)
    return canvas.finished()


def industry() -> Image.Image:
    """A mill by the water, wind turbines on the ridge behind it."""
    canvas = Canvas(seed=3)
    sky(canvas, 540, sun_at=(1240, 330))
    ridge(canvas, 430, 45, FAR_HILLS)
    for n, (x, height) in enumerate(((260, 230), (470, 270), (700, 210), (1450, 240))):
        wind_turbine(canvas, x, 470 - n % 2 * 20, height, angle=0.4 + n * 0.7)
    ridge(canvas, 520, 30, MID_HILLS)
    forest(canvas, 600, -20, WIDTH + 20, 80, FOREST)
    water(canvas, 700)
    canvas.rectangle(560, 640, 1340, 712, FIELD_DARK)
    factory(canvas, 640, 700, 1.2)
    forest(canvas, 880, 1280, 1640, 170, FOREST_DARK)
    return canvas.finished()


def skills() -> Image.Image:
    """A small town: a school with large windows, houses and paths that lead to it."""
    canvas = Canvas(seed=4)
    sky(canvas, 520, sun_at=(1300, 280))
    ridge(canvas, 460, 40, FAR_HILLS)
    ridge(canvas, 540, 30, MID_HILLS)
    forest(canvas, 600, -20, WIDTH + 20, 75, FOREST)
    canvas.rectangle(0, 620, WIDTH, HEIGHT, FIELD)
    school = (560, 720)
    canvas.rectangle(school[0], 470, school[0] + 480, school[1], WHITE)
    canvas.polygon([(school[0] - 20, 470), (school[0] + 500, 470), (school[0] + 240, 400)], ACCENT)
    for row in range(2):
        for col in range(6):
            x = school[0] + 28 + col * 76
            y = 500 + row * 100
            canvas.rectangle(x, y, x + 52, y + 66, MID_HILLS)
    canvas.rectangle(school[0] + 210, 640, school[0] + 270, school[1], ACCENT)
    for x, width in ((140, 120), (310, 110), (1160, 120), (1340, 110)):
        house(canvas, x, 720, width, FALU_RED if x % 3 else (214, 168, 80))
    for start in (-60, 420, 1100, 1700):  # paths that lead to the school
        canvas.polygon(
            [
                (start, HEIGHT),
                (start + 120, HEIGHT),
                (school[0] + 270, school[1]),
                (school[0] + 210, school[1]),
            ],
            SKY_HORIZON,
        )
    forest(canvas, 905, -20, 260, 150, FOREST_DARK)
    forest(canvas, 905, 1380, 1640, 150, FOREST_DARK)
    return canvas.finished()


def broadband() -> Image.Image:
    """Red cottages in the countryside and a mast on the hill."""
    canvas = Canvas(seed=5)
    sky(canvas, 520, sun_at=(420, 330))
    ridge(canvas, 450, 40, FAR_HILLS)
    mast(canvas, 1180, 470, 300)
    ridge(canvas, 520, 30, MID_HILLS)
    forest(canvas, 590, -20, WIDTH + 20, 80, FOREST)
    ridge(canvas, 700, 25, FIELD, waves=2)
    for x, ground, width in ((300, 720, 150), (560, 735, 120), (980, 730, 140)):
        house(canvas, x, ground, width)
    canvas.line([(0, 820), (560, 780), (1100, 800), (WIDTH, 770)], ACCENT, 5)  # the fibre
    for x in range(80, WIDTH, 260):
        canvas.line([(x, 800 - x * 0.02), (x, 850)], GREY, 6)
    forest(canvas, 905, 1250, 1640, 160, FOREST_DARK)
    return canvas.finished()


def railway() -> Image.Image:
    """A train through the forest, the track leading into the distance."""
    canvas = Canvas(seed=6)
    sky(canvas, 520, sun_at=(1200, 260))
    ridge(canvas, 440, 45, FAR_HILLS)
    ridge(canvas, 520, 30, MID_HILLS)
    forest(canvas, 600, -20, WIDTH + 20, 90, FOREST)
    canvas.rectangle(0, 640, WIDTH, HEIGHT, FIELD)
    canvas.rectangle(0, 700, WIDTH, 724, GREY)
    canvas.line([(0, 702), (WIDTH, 702)], GREY_LIGHT, 3)
    train(canvas, 180, 700, cars=5)
    for x in range(30, WIDTH, 220):  # the overhead line
        canvas.line([(x, 700), (x, 560)], GREY, 5)
    canvas.line([(0, 575), (WIDTH, 575)], GREY, 2)
    forest(canvas, 905, -20, 500, 200, FOREST_DARK)
    forest(canvas, 905, 1150, 1640, 170, FOREST_DARK)
    return canvas.finished()


def hydrogen() -> Image.Image:
    """Hydrogen tanks and an electrolyser hall, turbines behind."""
    canvas = Canvas(seed=7)
    sky(canvas, 520, sun_at=(320, 300))
    ridge(canvas, 440, 40, FAR_HILLS)
    for n, x in enumerate((900, 1100, 1300, 1500)):
        wind_turbine(canvas, x, 470, 220 - n * 10, angle=1.0 + n * 0.5)
    ridge(canvas, 530, 30, MID_HILLS)
    forest(canvas, 600, -20, WIDTH + 20, 80, FOREST)
    canvas.rectangle(0, 650, WIDTH, HEIGHT, FIELD_DARK)
    canvas.rectangle(260, 520, 760, 760, GREY_LIGHT)
    canvas.rectangle(260, 500, 760, 520, ACCENT)
    for x in range(300, 740, 90):
        canvas.rectangle(x, 570, x + 50, 640, ACCENT)
    for x in (860, 1060):  # spherical tanks on legs
        canvas.rectangle(x + 40, 700, x + 52, 780, GREY)
        canvas.rectangle(x + 118, 700, x + 130, 780, GREY)
        canvas.ellipse(x, 560, x + 170, 730, WHITE)
        canvas.rectangle(x + 20, 640, x + 150, 650, ACCENT)
    canvas.line([(760, 680), (1230, 680)], GREY, 8)
    forest(canvas, 905, -20, 220, 170, FOREST_DARK)
    forest(canvas, 905, 1320, 1640, 170, FOREST_DARK)
    return canvas.finished()


def exchanges() -> Image.Image:
    """A ferry crossing the sea towards a coast on the other side."""
    canvas = Canvas(seed=8)
    sky(canvas, 560, sun_at=(800, 430))
    ridge(canvas, 520, 20, FAR_HILLS)
    water(canvas, 540)
    hull = [(420, 700), (1180, 700), (1120, 760), (470, 760)]
    canvas.polygon(hull, ACCENT)
    canvas.rectangle(520, 610, 1080, 700, WHITE)
    canvas.rectangle(600, 560, 980, 610, WHITE)
    for x in range(545, 1060, 48):
        canvas.rectangle(x, 640, x + 28, 662, ACCENT)
    canvas.rectangle(840, 520, 880, 560, FALU_RED)
    birds(canvas, 6, (200, 180, 700, 330))
    ridge(canvas, 880, 18, FOREST_DARK, waves=2)
    return canvas.finished()


SCENES = {
    "hem-kusten.jpg": home,
    "tema-infrastruktur.jpg": infrastructure,
    "tema-industriomvandling.jpg": industry,
    "tema-kompetensforsorjning.jpg": skills,
    "nyhet-bredband.jpg": broadband,
    "nyhet-jarnvag.jpg": railway,
    "nyhet-vatgas.jpg": hydrogen,
    "nyhet-utbyten.jpg": exchanges,
}


def main():
    for name, scene in SCENES.items():
        scene().save(HERE / name, "JPEG", quality=86, optimize=True, progressive=True)
        print(name)


if __name__ == "__main__":
    main()
