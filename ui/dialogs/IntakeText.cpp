// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/IntakeText.h"

#include <QCoreApplication>

namespace twostep::ui {

QString intakeReason(const formats::PlannedAccount& item)
{
    using Status = formats::PlannedAccount::Status;
    const bool sameLabel = item.duplicateOf.compare(item.account.label(), Qt::CaseInsensitive) == 0;
    switch (item.status) {
    case Status::New:
        return item.sameLabelAs < 0
                   ? QString()
                   : QCoreApplication::translate("IntakeText",
                                                 "same issuer and name as an account in the vault, another secret");
    case Status::Duplicate:
        return sameLabel
                   ? QCoreApplication::translate("IntakeText", "already in the vault")
                   : QCoreApplication::translate("IntakeText", "already in the vault as %1").arg(item.duplicateOf);
    case Status::DuplicateInFile:
        return sameLabel ? QCoreApplication::translate("IntakeText", "repeats an account found earlier")
                         : QCoreApplication::translate("IntakeText", "repeats %1, found earlier").arg(item.duplicateOf);
    }
    return {};
}

QString intakeReason(const formats::RejectedText& rejected)
{
    switch (rejected.kind) {
    case formats::RejectedText::Kind::NotOtp:
        return QCoreApplication::translate("IntakeText", "not an OTP code");
    case formats::RejectedText::Kind::Damaged:
        return QCoreApplication::translate("IntakeText", "damaged: %1").arg(rejected.detail);
    }
    return {};
}

QString plannedAccountText(const formats::PlannedAccount& item)
{
    const QString reason = intakeReason(item);
    return reason.isEmpty() ? item.account.label()
                            : QCoreApplication::translate("IntakeText", "%1 (%2)").arg(item.account.label(), reason);
}

QString rejectedTextLine(const formats::RejectedText& rejected, bool lines)
{
    const QString source = lines ? QCoreApplication::translate("IntakeText", "line %1")
                                 : QCoreApplication::translate("IntakeText", "QR code %1");
    return QCoreApplication::translate("IntakeText", "%1: %2")
        .arg(source.arg(rejected.text + 1), intakeReason(rejected));
}

} // namespace twostep::ui
