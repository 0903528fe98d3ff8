#include "core/model/MessageListModel.h"

#include "core/cache/Cache.h"
#include "core/model/MessageDragData.h"
#include "core/model/ModelRoles.h"

#include <QMimeData>

namespace quire::model {

namespace {

// The flag a boolean flag role toggles.
QString flagForRole(int role)
{
    switch (role) {
    case MessageSeenRole:
        return QStringLiteral("\\Seen");
    case MessageFlaggedRole:
        return QStringLiteral("\\Flagged");
    case MessageAnsweredRole:
        return QStringLiteral("\\Answered");
    case MessageDeletedRole:
        return QStringLiteral("\\Deleted");
    case MessageDraftRole:
        return QStringLiteral("\\Draft");
    case MessageJunkRole:
        return QStringLiteral("$Junk");
    default:
        return {};
    }
}

} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_envelopeTimer.setSingleShot(true);
    m_envelopeTimer.setInterval(20);
    connect(&m_envelopeTimer, &QTimer::timeout, this, &MessageListModel::requestPendingEnvelopes);
    m_unaskedEnvelopeTimer.setSingleShot(true);
    m_unaskedEnvelopeTimer.setInterval(kUnaskedEnvelopeInterval);
    connect(&m_unaskedEnvelopeTimer, &QTimer::timeout, this, &MessageListModel::showUnaskedEnvelopes);
    m_envelopeStepTimer.setSingleShot(true);
    m_envelopeStepTimer.setInterval(0);
    connect(&m_envelopeStepTimer, &QTimer::timeout, this, &MessageListModel::readEnvelopeStep);
    m_loadPool.setMaxThreadCount(1);
}

MessageListModel::~MessageListModel()
{
    // A running load posts its result to this object: let it finish first
    // (it stops building rows once it sees it is stale).
    m_sharedGeneration->store(0);
    m_loadPool.clear();
    m_loadPool.waitForDone();
    disconnectEngine();
}

void MessageListModel::setMailbox(sync::MailEngine *engine, const QString &mailbox)
{
    beginResetModel();
    disconnectEngine();
    m_engine = engine;
    m_mailbox = engine ? mailbox : QString();
    m_envelopeQueue.clear();
    m_envelopeRequested.clear();
    m_envelopeTimer.stop();
    m_unaskedEnvelopes.clear();
    load();
    endResetModel();
    if (m_engine && !m_mailbox.isEmpty()) {
        connectEngine();
        m_engine->openMailbox(m_mailbox);
    }
}

void MessageListModel::connectEngine()
{
    sync::MailEngine *engine = m_engine;
    m_connections = {
        connect(engine, &sync::MailEngine::messagesAdded, this,
            [this](const QString &mailbox, const QList<quint32> &uids) {
                applyAndRemember(&MessageListModel::onMessagesAdded, mailbox, uids);
            }),
        connect(engine, &sync::MailEngine::messagesRemoved, this,
            [this](const QString &mailbox, const QList<quint32> &uids) {
                applyAndRemember(&MessageListModel::onMessagesRemoved, mailbox, uids);
            }),
        connect(engine, &sync::MailEngine::flagsChanged, this,
            [this](const QString &mailbox, const QList<cache::FlagUpdate> &updates) {
                applyAndRemember(&MessageListModel::onFlagsChanged, mailbox, updates);
            }),
        connect(engine, &sync::MailEngine::envelopesArrived, this,
            [this](const QString &mailbox, const QList<quint32> &uids) {
                applyAndRemember(&MessageListModel::onEnvelopesArrived, mailbox, uids);
            }),
        // Not remembered: a reset starts a new load, which makes the running one stale.
        connect(engine, &sync::MailEngine::mailboxReset, this, &MessageListModel::onMailboxReset),
        // A first sync adds rows before the cache knows the mailbox's
        // UIDVALIDITY, so onMessagesAdded could not read them: read them now.
        connect(engine, &sync::MailEngine::mailboxSynced, this,
            [this](const QString &mailbox) {
                if (!m_uidValidity)
                    onMailboxReset(mailbox);
            }),
    };
}

void MessageListModel::disconnectEngine()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

QModelIndex MessageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRow &row = m_rows.at(index.row());
    if (!row.hasEnvelope() && m_engine && !m_envelopeRequested.contains(row.uid)) {
        m_envelopeRequested.insert(row.uid);
        m_envelopeQueue.append(row.uid);
        if (!m_envelopeTimer.isActive())
            m_envelopeTimer.start();
    }
    if (role == Qt::DisplayRole)
        return displayData(row, index.column());
    return roleData(row, role);
}

QVariant MessageListModel::displayData(const MessageRow &row, int column) const
{
    switch (column) {
    case SubjectColumn:
        return m_rows.text(row.subject);
    case FromColumn:
        return m_rows.text(row.from);
    case DateColumn:
        return m_rows.date(row);
    case SizeColumn:
        return qulonglong(row.size);
    case FlaggedColumn:
        return row.has(FlagFlagged);
    case SeenColumn:
        return row.has(FlagSeen);
    case AttachmentColumn:
        return bool(row.state & StateHasAttachments);
    default:
        return {};
    }
}

QVariant MessageListModel::roleData(const MessageRow &row, int role) const
{
    switch (role) {
    case MessageUidRole:
        return row.uid;
    case MessageSubjectRole:
        return m_rows.text(row.subject);
    case MessageFromRole:
        return m_rows.text(row.from);
    case MessageFromAddressRole:
        return m_rows.text(row.fromAddress);
    case MessageToRole:
        return m_rows.text(row.to);
    case MessageCcRole:
        return m_rows.text(row.cc);
    case MessageDateRole:
        return m_rows.date(row);
    case MessageInternalDateRole:
        return m_rows.internalDate(row);
    case MessageSizeRole:
        return qulonglong(row.size);
    case MessageIdRole:
        return m_rows.bytes(row.messageId);
    case MessageInReplyToRole:
        return m_rows.bytes(row.inReplyTo);
    case MessageReferencesRole:
        return QVariant::fromValue(m_rows.references(row));
    case MessageFlagsRole:
        return m_rows.flagList(row);
    case MessageSeenRole:
        return row.has(FlagSeen);
    case MessageFlaggedRole:
        return row.has(FlagFlagged);
    case MessageAnsweredRole:
        return row.has(FlagAnswered);
    case MessageDeletedRole:
        return row.has(FlagDeleted);
    case MessageDraftRole:
        return row.has(FlagDraft);
    case MessageJunkRole:
        return row.has(FlagJunk);
    case MessageHasAttachmentsRole:
        return bool(row.state & StateHasAttachments);
    case MessageBodyCachedRole:
        return bool(row.state & StateBodyCached);
    case MessageHasEnvelopeRole:
        return row.hasEnvelope();
    default:
        return {};
    }
}

bool MessageListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QString flag = flagForRole(role);
    if (flag.isEmpty() || !m_engine || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    // A flag the server would not keep (PERMANENTFLAGS, read-only) is not offered.
    if (!m_engine->mailboxAccess(m_mailbox).canStore(flag))
        return false;
    // The engine applies the change to the cache at once and emits
    // flagsChanged; the row changes then, and again if the server refuses.
    if (value.toBool())
        m_engine->setFlags(m_mailbox, { uidAt(index.row()) }, { flag }, {});
    else
        m_engine->setFlags(m_mailbox, { uidAt(index.row()) }, {}, { flag });
    return true;
}

void MessageListModel::setFlags(const QModelIndexList &indexes, const QStringList &add, const QStringList &remove)
{
    QList<quint32> uids;
    for (const QModelIndex &index : indexes) {
        if (index.model() == this && index.isValid() && !uids.contains(uidAt(index.row())))
            uids.append(uidAt(index.row()));
    }
    if (m_engine && !uids.isEmpty())
        m_engine->setFlags(m_mailbox, uids, add, remove);
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles are words, which the UI translates; the model names the column.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    static const char *const names[] = { "subject", "from", "date", "size", "flagged", "seen", "attachment" };
    return QString::fromLatin1(names[section]);
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return kRowFlags;
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MessageUidRole, "uid");
    names.insert(MessageSubjectRole, "subject");
    names.insert(MessageFromRole, "from");
    names.insert(MessageDateRole, "date");
    names.insert(MessageSizeRole, "size");
    names.insert(MessageSeenRole, "seen");
    names.insert(MessageFlaggedRole, "flagged");
    names.insert(MessageHasEnvelopeRole, "hasEnvelope");
    return names;
}

QStringList MessageListModel::mimeTypes() const
{
    return { QString::fromLatin1(kMessageListMimeType) };
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    MessageDragData drag { m_engine, m_mailbox, {} };
    for (const QModelIndex &index : indexes) {
        if (index.model() == this && index.isValid() && !drag.uids.contains(uidAt(index.row())))
            drag.uids.append(uidAt(index.row()));
    }
    if (drag.uids.isEmpty())
        return nullptr;
    auto *mimeData = new QMimeData;
    encodeMessageDrag(drag, mimeData);
    return mimeData;
}

Qt::DropActions MessageListModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

void MessageListModel::requestPendingEnvelopes()
{
    if (!m_engine || m_envelopeQueue.isEmpty())
        return;
    const QList<quint32> queue = std::exchange(m_envelopeQueue, {});
    for (qsizetype start = 0; start < queue.size(); start += m_envelopeBatchSize)
        m_engine->requestEnvelopes(m_mailbox, queue.mid(start, m_envelopeBatchSize));
}

} // namespace quire::model
