// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/GrayImage.h"

#include <QList>

// The two kinds of screenshot the ordinary passes miss, turned into images they read.
namespace twostep::qr {

// A low-contrast code (a mid-grey QR on a light-grey card in a white page) stretched to full
// contrast: the region around the low-contrast tiles textured like a code, each pixel mapped
// through the grey range of the darkest such tile near it. Writes into `out` (reused when its
// size fits; its offset places the region); false, and nothing written, when `gray` has no such
// region.
bool contrastStretched(const GrayImage& gray, GrayImage& out);

// A code cut off at the image edge by about one module: for each edge where a cut finder pattern
// is seen (the outer dark ring missing), `gray` with that edge extended by the lost module (the
// ring redrawn beside each cut finder). Empty when no edge shows one.
QList<GrayImage> edgeRestored(const GrayImage& gray);

} // namespace twostep::qr
