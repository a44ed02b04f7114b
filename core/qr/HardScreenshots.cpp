// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/HardScreenshots.h"

#include <QRect>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace twostep::qr {

namespace {

constexpr int kTile = 32;
// Tiles whose grey range is under this are flat; under kLowRange, worth stretching.
constexpr int kFlatRange = 8;
constexpr int kLowRange = 48;
// A pass needs this many low-contrast tiles: a QR's worth at 2 pixels a module.
constexpr int kMinLowTiles = 4;

struct Range
{
    uchar low = 255;
    uchar high = 0;
};

size_t tileIndex(int column, int row, int columns)
{
    return static_cast<size_t>(row) * static_cast<size_t>(columns) + static_cast<size_t>(column);
}

std::vector<Range> tileRanges(const GrayImage& gray, int columns, int rows)
{
    std::vector<Range> tiles(tileIndex(0, rows, columns));
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.row(y);
        Range* tileRow = &tiles[tileIndex(0, y / kTile, columns)];
        for (int x = 0; x < gray.width(); ++x) {
            Range& range = tileRow[x / kTile];
            range.low = std::min(range.low, line[x]);
            range.high = std::max(range.high, line[x]);
        }
    }
    return tiles;
}

// A code's tile changes grey several times along its middle row or column; a panel's edge at
// most once.
bool isTextured(const GrayImage& gray, int tx, int ty, const Range& range)
{
    const int middle = (range.low + range.high) / 2;
    const int x0 = tx * kTile;
    const int y0 = ty * kTile;
    const int w = std::min(kTile, gray.width() - x0);
    const int h = std::min(kTile, gray.height() - y0);
    int across = 0;
    const uchar* line = gray.row(y0 + h / 2) + x0;
    for (int x = 1; x < w; ++x) {
        across += (line[x - 1] < middle) != (line[x] < middle);
    }
    int down = 0;
    for (int y = 1; y < h; ++y) {
        down += (gray.row(y0 + y - 1)[x0 + w / 2] < middle) != (gray.row(y0 + y)[x0 + w / 2] < middle);
    }
    return across >= 3 || down >= 3;
}

enum class Side { Left, Right, Top, Bottom };

// Reads `gray` along lines perpendicular to one edge: line `i`, `depth` pixels in from the edge.
struct EdgeLines
{
    const GrayImage& gray;
    Side side;
    int count() const { return side == Side::Left || side == Side::Right ? gray.height() : gray.width(); }
    int depth() const { return side == Side::Left || side == Side::Right ? gray.width() : gray.height(); }
    uchar at(int i, int d) const
    {
        switch (side) {
        case Side::Left:
            return gray.row(i)[d];
        case Side::Right:
            return gray.row(i)[gray.width() - 1 - d];
        case Side::Top:
            return gray.row(d)[i];
        case Side::Bottom:
            return gray.row(gray.height() - 1 - d)[i];
        }
        return 255;
    }
};

// What one line through a cut finder's core lacks at the edge: `fill` pixels of the edge's own
// grey (the part of the cut module still visible, widened to a whole module) and `ring` pixels
// of the lost dark outer ring.
struct CutLine
{
    double module = 0;
    double fill = 0;
    double ring = 0;
    int dark = 0; // the core's grey
};

bool near(double value, double expected)
{
    return std::abs(value - expected) <= expected * 0.5;
}

// True when runs[first..first+2] are the core, the light ring and the dark ring (3:1:1).
bool finderCore(const std::array<int, 6>& runs, size_t first, double& module)
{
    module = (runs[first] + runs[first + 1] + runs[first + 2]) / 5.0;
    return module >= 1.5 && near(runs[first], 3 * module) && near(runs[first + 1], module) &&
           near(runs[first + 2], module);
}

bool cutFinderLine(const EdgeLines& lines, int i, CutLine& out)
{
    const int depth = std::min(lines.depth(), 600);
    uchar low = 255;
    uchar high = 0;
    for (int d = 0; d < depth; ++d) {
        low = std::min(low, lines.at(i, d));
        high = std::max(high, lines.at(i, d));
    }
    if (high - low < 16) {
        return false;
    }
    const int threshold = (low + high) / 2;
    // Runs from the edge in, light first (a run of 0 when the edge pixel is dark).
    std::array<int, 6> runs{};
    size_t run = lines.at(i, 0) < threshold ? 1 : 0;
    for (int d = 0; d < depth; ++d) {
        if ((lines.at(i, d) < threshold) != (run % 2 == 1) && ++run == runs.size()) {
            break;
        }
        ++runs[run];
    }
    double module = 0;
    // The light ring partly visible (or cut exactly at its edge): only the dark ring is lost.
    if (run >= 4 && finderCore(runs, 1, module) && runs[0] <= 1.5 * module && runs[4] >= 0.5 * module) {
        out = {module, std::max(0.0, module - runs[0]), module, low};
        return true;
    }
    // A sliver of the dark ring left: the rest of it is lost.
    if (runs[0] == 0 && run >= 5 && finderCore(runs, 3, module) && runs[1] < module && near(runs[2], module)) {
        out = {module, module - runs[1], 0, low};
        return true;
    }
    return false;
}

struct CutFinder
{
    double center = 0; // along the edge
    CutLine line;
    int lines = 0; // how many lines crossed its core
};

// Runs of neighbouring lines through a cut finder's core, one finder each.
std::vector<CutFinder> cutFinders(const EdgeLines& lines)
{
    std::vector<CutFinder> found;
    std::vector<CutLine> group;
    int first = 0;
    int last = -10;
    auto close = [&] {
        if (group.empty()) {
            return;
        }
        std::sort(group.begin(), group.end(), [](const CutLine& a, const CutLine& b) { return a.module < b.module; });
        const CutLine median = group[group.size() / 2];
        const int length = last - first + 1;
        // A finder's core is three modules tall; a chance match in the data rarely is.
        if (length >= 2.5 * median.module && length <= 4.5 * median.module) {
            found.push_back({(first + last) / 2.0, median, length});
        }
        group.clear();
    };
    for (int i = 0; i < lines.count(); ++i) {
        CutLine line;
        if (!cutFinderLine(lines, i, line)) {
            continue;
        }
        if (i - last > 2) {
            close();
            first = i;
        }
        group.push_back(line);
        last = i;
    }
    close();
    return found;
}

// `gray` grown by `extra` pixels on `side`, the new strip white.
GrayImage grownBy(const GrayImage& gray, Side side, int extra)
{
    const bool across = side == Side::Left || side == Side::Right;
    GrayImage result(gray.width() + (across ? extra : 0), gray.height() + (across ? 0 : extra));
    result.scale = gray.scale;
    result.offset = gray.offset;
    if (side == Side::Left) {
        result.offset.rx() -= extra / gray.scale;
    } else if (side == Side::Top) {
        result.offset.ry() -= extra / gray.scale;
    }
    const int dx = side == Side::Left ? extra : 0;
    const int dy = side == Side::Top ? extra : 0;
    for (int y = 0; y < result.height(); ++y) {
        std::fill_n(result.row(y), result.width(), uchar(255));
    }
    for (int y = 0; y < gray.height(); ++y) {
        std::copy_n(gray.row(y), gray.width(), result.row(y + dy) + dx);
    }
    return result;
}

GrayImage restoredEdge(const GrayImage& gray, Side side, const std::vector<CutFinder>& finders)
{
    // The finder crossed by the most lines says how much of the edge was lost.
    const CutLine cut = std::max_element(finders.begin(), finders.end(), [](const CutFinder& a, const CutFinder& b) {
                            return a.lines < b.lines;
                        })->line;
    const double module = cut.module;
    const double fill = cut.fill;
    const double ring = cut.ring;
    const int fillPixels = int(std::lround(fill));
    const int ringPixels = int(std::lround(ring));
    const int extra = fillPixels + ringPixels + int(std::lround(2 * module));
    GrayImage result = grownBy(gray, side, extra);
    // Pixel `d` out from the old edge on line `i`, in the grown image.
    auto outside = [&](int i, int d) -> uchar& {
        switch (side) {
        case Side::Left:
            return result.row(i)[extra - 1 - d];
        case Side::Right:
            return result.row(i)[gray.width() + d];
        case Side::Top:
            return result.row(extra - 1 - d)[i];
        case Side::Bottom:
            return result.row(gray.height() + d)[i];
        }
        return result.row(0)[0];
    };
    const EdgeLines lines{gray, side};
    for (int i = 0; i < lines.count(); ++i) {
        for (int d = 0; d < fillPixels; ++d) {
            outside(i, d) = lines.at(i, 0);
        }
    }
    // The lost outer ring beside each cut finder; elsewhere the lost column stays light, which
    // the code's error correction repairs.
    for (const CutFinder& finder : finders) {
        const int from = std::max(0, int(std::floor(finder.center - 3.5 * finder.line.module)));
        const int to = std::min(lines.count() - 1, int(std::ceil(finder.center + 3.5 * finder.line.module)));
        for (int i = from; i <= to; ++i) {
            for (int d = fillPixels; d < fillPixels + ringPixels; ++d) {
                outside(i, d) = static_cast<uchar>(finder.line.dark);
            }
        }
    }
    return result;
}

} // namespace

bool contrastStretched(const GrayImage& gray, GrayImage& out)
{
    const int columns = (gray.width() + kTile - 1) / kTile;
    const int rows = (gray.height() + kTile - 1) / kTile;
    const std::vector<Range> tiles = tileRanges(gray, columns, rows);
    const auto isLow = [](const Range& r) { return r.high - r.low >= kFlatRange && r.high - r.low < kLowRange; };
    // The region worth stretching: tiles of low contrast that are textured like a code, not a
    // panel's edge (one step of grey).
    QRect region;
    int textured = 0;
    for (int ty = 0; ty < rows; ++ty) {
        for (int tx = 0; tx < columns; ++tx) {
            if (isLow(tiles[tileIndex(tx, ty, columns)]) &&
                isTextured(gray, tx, ty, tiles[tileIndex(tx, ty, columns)])) {
                region |= QRect(tx, ty, 1, 1);
                ++textured;
            }
        }
    }
    if (textured < kMinLowTiles) {
        return false;
    }
    region = region.adjusted(-2, -2, 2, 2) & QRect(0, 0, columns, rows);
    const QRect pixels =
        QRect(region.x() * kTile, region.y() * kTile, region.width() * kTile, region.height() * kTile) &
        QRect(0, 0, gray.width(), gray.height());
    if (out.width() != pixels.width() || out.height() != pixels.height()) {
        out = GrayImage(pixels.width(), pixels.height());
    }
    out.scale = gray.scale;
    out.offset = gray.offset + QPointF(pixels.x(), pixels.y()) / gray.scale;
    // Per tile, the range of the darkest low-contrast tile around it (itself included): a code's
    // range then wins over a card's edge against the page; tiles with none stay as they are.
    std::vector<Range> around(tiles.size());
    for (int ty = region.top(); ty <= region.bottom(); ++ty) {
        for (int tx = region.left(); tx <= region.right(); ++tx) {
            Range range;
            for (int ny = std::max(0, ty - 1); ny <= std::min(rows - 1, ty + 1); ++ny) {
                for (int nx = std::max(0, tx - 1); nx <= std::min(columns - 1, tx + 1); ++nx) {
                    const Range& tile = tiles[tileIndex(nx, ny, columns)];
                    if (isLow(tile) && (range.high < range.low || tile.low < range.low)) {
                        range = tile;
                    }
                }
            }
            around[tileIndex(tx, ty, columns)] = range;
        }
    }
    for (int y = 0; y < pixels.height(); ++y) {
        const uchar* in = gray.row(pixels.y() + y) + pixels.x();
        uchar* result = out.row(y);
        const Range* tileRow = &around[tileIndex(region.x(), (pixels.y() + y) / kTile, columns)];
        for (int x = 0; x < pixels.width(); ++x) {
            const Range range = tileRow[x / kTile];
            if (range.high < range.low) {
                result[x] = in[x];
                continue;
            }
            const int span = range.high - range.low;
            result[x] = static_cast<uchar>(std::clamp((in[x] - range.low) * 255 / span, 0, 255));
        }
    }
    return true;
}

QList<GrayImage> edgeRestored(const GrayImage& gray)
{
    QList<GrayImage> images;
    for (const Side side : {Side::Left, Side::Right, Side::Top, Side::Bottom}) {
        const std::vector<CutFinder> finders = cutFinders(EdgeLines{gray, side});
        if (!finders.empty()) {
            images.append(restoredEdge(gray, side, finders));
        }
    }
    return images;
}

} // namespace twostep::qr
