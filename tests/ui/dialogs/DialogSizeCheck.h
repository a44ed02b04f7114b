// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMap>
#include <QTest>
#include <QWidget>

// Issue 15, defect 1: nothing in a dialog may change its size while it is open, and no widget may
// get less room than it asks for (the codes cropped to a strip in the last seconds of a step).
namespace twostep::test {

// Lets the layouts run the requests a state change posted.
inline void settle(QWidget& dialog)
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        if (dialog.layout() != nullptr) {
            dialog.layout()->activate();
        }
    }
}

// The widgets a user reads or clicks; the styles' inner parts (scroll bars, tab scrollers) are not.
inline bool isUserFacing(const QWidget* widget)
{
    return qobject_cast<const QLabel*>(widget) || qobject_cast<const QAbstractButton*>(widget) ||
           qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QGroupBox*>(widget);
}

// A readable name for failure messages: objectName, else the class and the text.
inline QString describe(const QWidget* widget)
{
    QString name = widget->objectName();
    if (name.isEmpty()) {
        name = QString::fromLatin1(widget->metaObject()->className());
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            name += QLatin1Char(' ') + label->text().left(30);
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            name += QLatin1Char(' ') + button->text();
        }
    }
    return name;
}

// Every visible user-facing widget has at least its minimum size hint (height for its width when
// it wraps) and lies inside the dialog.
inline void checkNothingSqueezed(const QWidget& dialog, const QString& state)
{
    const QList<QWidget*> widgets = dialog.findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisibleTo(&dialog) || !isUserFacing(widget) || widget->window() != &dialog ||
            isUserFacing(widget->parentWidget())) {
            continue; // the line edit inside a spin box is sized by its style, not by a layout
        }
        INFO(state.toStdString() << ": " << describe(widget).toStdString());
        const QSize hint = widget->minimumSizeHint();
        const QSize size = widget->size();
        if (widget->hasHeightForWidth()) {
            CHECK(size.height() >= widget->heightForWidth(size.width()));
        } else if (hint.isValid()) {
            CHECK(size.height() >= hint.height());
            CHECK(size.width() >= hint.width());
        }
        const QRect inDialog(widget->mapTo(&dialog, QPoint(0, 0)), size);
        CHECK(dialog.rect().contains(inDialog));
    }
}

// Where every visible widget is, by a stable key, for comparing two states of one dialog.
inline QMap<QString, QRect> geometries(const QWidget& dialog)
{
    QMap<QString, QRect> result;
    const QList<QWidget*> widgets = dialog.findChildren<QWidget*>();
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        const QWidget* widget = widgets.at(i);
        if (widget->isVisibleTo(&dialog) && isUserFacing(widget) && widget->window() == &dialog) {
            result.insert(QString::number(i) + QLatin1Char(' ') + describe(widget),
                          QRect(widget->mapTo(&dialog, QPoint(0, 0)), widget->size()));
        }
    }
    return result;
}

} // namespace twostep::test
