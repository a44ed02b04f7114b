// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace twostep::ui {

QString installTranslations(const QString& override, const QLocale& system)
{
    const QLocale locale = override.isEmpty() ? system : QLocale(override);
    auto* app = QCoreApplication::instance();
    auto* ours = new QTranslator(app);
    if (locale.language() != QLocale::Korean) {
        // English needs only its plural forms ("1 account", "2 accounts").
        if (ours->load(QStringLiteral(":/i18n/twostep_en.qm"))) {
            QCoreApplication::installTranslator(ours);
        }
        return QStringLiteral("en");
    }
    QLocale::setDefault(locale);
    if (ours->load(QStringLiteral(":/i18n/twostep_ko.qm"))) {
        QCoreApplication::installTranslator(ours);
    }
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_ko"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    return QStringLiteral("ko");
}

} // namespace twostep::ui
