#pragma once

// Collects every text a person can see or hear in a widget tree: titles,
// labels, buttons, menus and their actions, placeholders, combo box items,
// view headers, tooltips and accessible names. The translation tests run it
// over the main window and the dialogs.

#include <QList>
#include <QString>

class QWidget;

namespace quire::tests {

struct UiText {
    QString where; // "QLabel 'hostLabel' in AccountDialog", for the failure message
    QString text;
};

QList<UiText> collectUiTexts(QWidget *root);

// The text with the names that stay untranslated removed (Quire, Qt, IMAP,
// TLS, ...), and markup, placeholders and fingerprints too: what is left is
// what a translator should have translated.
QString withoutAllowedNames(QString text);

} // namespace quire::tests
