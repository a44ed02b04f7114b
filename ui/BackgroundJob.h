// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace twostep::ui {

// Runs `work` on a thread of its own, so a key derivation (half a second at the default cost, far
// more at a file's ceiling) never freezes the window; `done` then gets the result on `context`'s
// thread. When `context` is destroyed first, `done` never runs and the result is destroyed (a
// Vault or SecretBytes wipes itself). `work` must own what it captures (move secrets in) and
// must not touch widgets. Results may be move-only (Result<Vault>).
template <typename Work, typename Done> void runInBackground(QObject* context, Work work, Done done)
{
    using Value = std::invoke_result_t<Work&>;
    auto result = std::make_shared<std::optional<Value>>();
    QThread* thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        if (result->has_value()) {
            done(std::move(**result));
            result->reset();
        }
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace twostep::ui
