#pragma once

// The message list: the open mailbox's MessageListModel through a
// MessageFilterModel, newest first, sorted by clicking a column header.
// The model asks the engine for envelopes of the rows the view paints, so
// scrolling is what fetches envelopes; nothing here touches the network.

#include <QTreeView>

#include <optional>

namespace quire::model {
class MessageListModel;
class MessageFilterModel;
} // namespace quire::model

namespace quire::sync {
class MailEngine;
}

namespace quire::ui {

class MessageListPane : public QTreeView
{
    Q_OBJECT

public:
    explicit MessageListPane(QWidget *parent = nullptr);

    void setMailbox(sync::MailEngine *engine, const QString &mailbox);
    model::MessageListModel *messages() const { return m_messages; }
    model::MessageFilterModel *sorted() const { return m_sorted; }
    // The UID of the current row, 0 when there is none.
    quint32 currentUid() const;
    // Makes the row of this UID current (and scrolls to it); false when the
    // list has no such row.
    bool selectUid(quint32 uid);
    // Columns (order, widths, hidden) and sort, as QHeaderView::saveState
    // wrote them; the sort is applied to the model too.
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void messageSelected(quint32 uid);
    void selectionCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    // A large folder's complete rows replace its first screenful in one
    // model reset; what the user did meanwhile is put back by UID.
    struct ViewBeforeSwap {
        QList<quint32> selected;
        quint32 current = 0;
        quint32 top = 0; // the first row in view
        bool atTop = true;
    };
    void rememberBeforeSwap();
    void restoreAfterSwap();
    QModelIndex indexOfUid(quint32 uid) const;
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void onCurrentChanged(const QModelIndex &current);

    model::MessageListModel *m_messages;
    model::MessageFilterModel *m_sorted;
    std::optional<ViewBeforeSwap> m_beforeSwap; // set from loadAboutToSwap to loadFinished
};

} // namespace quire::ui
