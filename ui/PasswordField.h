// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecretBytes.h"

class QLineEdit;

namespace twostep::ui {

// A password field gives up what was typed without leaving it behind: QLineEdit::clear() would
// keep it in the undo history, so the field is emptied with setText() (which drops the history)
// and the buffer that held the text is wiped once the field has let go of it.
SecretBytes takePassword(QLineEdit& field);
void forgetPassword(QLineEdit& field);

} // namespace twostep::ui
