// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/JsonBounds.h"

namespace twostep {

bool jsonContainersWithin(QByteArrayView json, qsizetype bound)
{
    qsizetype count = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if ((c == '{' || c == '[') && ++count > bound) {
            return false;
        }
    }
    return true;
}

} // namespace twostep
