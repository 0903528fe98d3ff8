#include "tests/ui/UiTexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextEdit>

namespace quire::tests {

namespace {

QString describe(const QObject *object)
{
    QString where = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        where += QStringLiteral(" '%1'").arg(object->objectName());
    if (const auto *widget = qobject_cast<const QWidget *>(object); widget && widget->window() != widget)
        where += QStringLiteral(" in %1").arg(QString::fromLatin1(widget->window()->metaObject()->className()));
    return where;
}

void add(QList<UiText> &out, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        out.append({ where, text });
}

void collectActions(QList<UiText> &out, const QList<QAction *> &actions, const QString &where)
{
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString here = where + QStringLiteral(" > action");
        add(out, here, action->text());
        add(out, here + QStringLiteral(" tooltip"), action->toolTip());
        add(out, here + QStringLiteral(" status tip"), action->statusTip());
        if (const QMenu *menu = action->menu()) {
            add(out, where + QStringLiteral(" > menu"), menu->title());
            collectActions(out, menu->actions(), where + QStringLiteral(" > ") + action->text());
        }
    }
}

void collectView(QList<UiText> &out, const QAbstractItemView *view, const QString &where)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column) {
        for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
            add(out, where + QStringLiteral(" header"), model->headerData(column, Qt::Horizontal, role).toString());
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
            add(out, where + QStringLiteral(" row"), model->index(row, 0).data(role).toString());
    }
}

// Qt's own standard buttons are Qt's texts (qtbase_*.qm), checked too.
void collectWidget(QList<UiText> &out, QWidget *widget)
{
    const QString where = describe(widget);
    if (widget->isWindow())
        add(out, where + QStringLiteral(" title"), widget->windowTitle());
    add(out, where + QStringLiteral(" accessible name"), widget->accessibleName());
    add(out, where + QStringLiteral(" accessible description"), widget->accessibleDescription());
    add(out, where + QStringLiteral(" tooltip"), widget->toolTip());
    add(out, where + QStringLiteral(" status tip"), widget->statusTip());
    add(out, where + QStringLiteral(" what's this"), widget->whatsThis());
    if (const auto *label = qobject_cast<QLabel *>(widget))
        add(out, where, label->text());
    if (const auto *button = qobject_cast<QAbstractButton *>(widget))
        add(out, where, button->text());
    if (const auto *edit = qobject_cast<QLineEdit *>(widget))
        add(out, where + QStringLiteral(" placeholder"), edit->placeholderText());
    if (const auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            add(out, where + QStringLiteral(" item"), combo->itemText(i));
    }
    if (const auto *box = qobject_cast<QGroupBox *>(widget))
        add(out, where, box->title());
    if (const auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            add(out, where + QStringLiteral(" tab"), tabs->tabText(i));
    }
    if (const auto *text = qobject_cast<QTextEdit *>(widget))
        add(out, where, text->toPlainText());
    if (const auto *status = qobject_cast<QStatusBar *>(widget))
        add(out, where, status->currentMessage());
    if (const auto *view = qobject_cast<QAbstractItemView *>(widget); view && !qobject_cast<QHeaderView *>(widget))
        collectView(out, view, where);
    if (const auto *bar = qobject_cast<QMenuBar *>(widget))
        collectActions(out, bar->actions(), where);
    else if (const auto *menu = qobject_cast<QMenu *>(widget))
        collectActions(out, menu->actions(), where);
    else
        collectActions(out, widget->actions(), where);
}

} // namespace

QList<UiText> collectUiTexts(QWidget *root)
{
    QList<UiText> out;
    collectWidget(out, root);
    for (QWidget *child : root->findChildren<QWidget *>()) {
        // Qt's internals (a line edit's clear button, a scroll bar) have no texts of ours.
        if (child->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // Dialogs parented to the window are windows of their own, checked on
        // their own; menus are read through the menu bar's actions.
        if (child->window() != root->window())
            continue;
        collectWidget(out, child);
    }
    return out;
}

QString withoutAllowedNames(QString text)
{
    // Names and terms that read the same in every language Quire ships.
    static const QStringList names {
        QStringLiteral("imap.example.com"),
        QStringLiteral("STARTTLS"),
        QStringLiteral("SHA-256"),
        QStringLiteral("IMAP"),
        QStringLiteral("Quire"),
        QStringLiteral("TLS"),
        QStringLiteral("PEM"),
        QStringLiteral("Qt"),
        // OAuth2 sign-in: the provider names and the placeholder addresses.
        QStringLiteral("https://login.example.com/authorize"), QStringLiteral("https://login.example.com/token"),
        QStringLiteral("OAuth2"), QStringLiteral("Google"), QStringLiteral("Microsoft 365"),
        QStringLiteral("OK"), // qtbase_ru.qm's word for OK, as in every Russian desktop
        // Languages in the language menu, each in its own language.
        QStringLiteral("English"),
        QStringLiteral("Deutsch"),
        QStringLiteral("Русский"),
    };
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-zA-Z]+;|%L?\\d+|%L?n"));
    static const QRegularExpression fingerprint(QStringLiteral("\\b[0-9A-F]{2}(?:[:\\n][0-9A-F]{2})+\\b"));
    static const QRegularExpression fileFilter(QStringLiteral("\\*\\.[a-z]+"));
    text.remove(markup);
    text.remove(fingerprint);
    text.remove(fileFilter);
    for (const QString &name : names)
        text.remove(name);
    return text;
}

} // namespace quire::tests
