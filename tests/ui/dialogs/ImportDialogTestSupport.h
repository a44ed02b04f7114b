// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportDialog.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "formats/FormatRegistry.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

// The samples and the widgets the import dialog tests look at.
namespace twostep::test {

inline QString sample(const char* name)
{
    return QDir(test::samplesDir()).filePath(QString::fromLatin1(name));
}

// What the core importer reads from a sample: the dialog must offer exactly these.
inline QList<otp::Account> sampleAccounts(const char* name, const char* password = nullptr)
{
    Result<QByteArray> data = formats::readImportFile(sample(name));
    REQUIRE(data.ok());
    const SecretBytes secret = SecretBytes::fromUtf8(QString::fromLatin1(password));
    auto imported = formats::importData(*data, password != nullptr ? &secret : nullptr);
    REQUIRE(imported.ok());
    return imported->accounts;
}

inline QListWidget* preview(const ui::ImportDialog& dialog)
{
    return child<QListWidget>(dialog, "importPreviewList");
}

inline QPushButton* importButton(const ui::ImportDialog& dialog)
{
    return child<QPushButton>(dialog, "importButton");
}

// Files are read and planned on a worker thread: waits until the dialog has shown the outcome.
inline void waitUntilRead(const ui::ImportDialog& dialog)
{
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000));
}

} // namespace twostep::test
