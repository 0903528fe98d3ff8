#include "core/model/MessagePartModel.h"

#include "core/mime/Attachments.h"
#include "core/model/ModelRoles.h"

namespace quire::model {

namespace {

using Part = MessagePartModel::Part;

std::unique_ptr<Part> partFromMime(const mime::MimePart &source, const mime::MimePart *sourceParent, Part *parent)
{
    auto part = std::make_unique<Part>();
    part->parent = parent;
    part->number = source.partNumber;
    part->mimeType = source.contentType.value;
    part->fileName = source.declaredFileName();
    part->size = source.bodyRange.length;
    part->disposition = source.disposition.value;
    part->contentId = source.contentId;
    part->isAttachment = !source.isMultipart() && mime::isAttachmentPart(source, sourceParent);
    for (const mime::MimePart &child : source.children)
        part->children.push_back(partFromMime(child, &source, part.get()));
    if (source.embeddedMessage)
        part->children.push_back(partFromMime(*source.embeddedMessage, &source, part.get()));
    return part;
}

QString parameter(const imap::BodyParameters &parameters, QByteArrayView name)
{
    for (const auto &[key, value] : parameters) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(value);
    }
    return {};
}

// IMAP numbering (RFC 3501 6.4.5): children of a multipart are 1, 2, ...
// below the multipart's number; the body of a message/rfc822 part N is N
// itself when it is a multipart and N.1 otherwise.
std::unique_ptr<Part> partFromStructure(const imap::BodyStructure &source, const QByteArray &number, Part *parent)
{
    auto part = std::make_unique<Part>();
    part->parent = parent;
    part->number = number;
    part->mimeType = source.type + '/' + source.subtype;
    part->size = qint64(source.size);
    part->contentId = source.id;
    if (part->contentId.startsWith('<') && part->contentId.endsWith('>'))
        part->contentId = part->contentId.mid(1, part->contentId.size() - 2);
    if (source.disposition) {
        part->disposition = source.disposition->type.toLower();
        part->fileName = parameter(source.disposition->parameters, "filename");
    }
    if (part->fileName.isEmpty())
        part->fileName = parameter(source.parameters, "name");
    const bool isMessage = source.type == "message" && (source.subtype == "rfc822" || source.subtype == "global");
    part->isAttachment = !source.isMultipart()
        && (part->disposition == "attachment" || !part->fileName.isEmpty()
            || (source.type != "text" && source.type != "multipart" && !isMessage));
    const QByteArray prefix = number.isEmpty() ? QByteArray() : number + '.';
    if (source.isMultipart()) {
        for (std::size_t i = 0; i < source.children.size(); ++i)
            part->children.push_back(
                partFromStructure(source.children[i], prefix + QByteArray::number(qulonglong(i + 1)), part.get()));
    } else if (isMessage && !source.children.empty()) {
        const imap::BodyStructure &body = source.children.front();
        part->children.push_back(partFromStructure(body, body.isMultipart() ? number : prefix + "1", part.get()));
    }
    return part;
}

} // namespace

MessagePartModel::MessagePartModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

MessagePartModel::~MessagePartModel() = default;

void MessagePartModel::replaceRoot(std::unique_ptr<Part> root)
{
    // A different message: a reset is what the view expects here.
    beginResetModel();
    m_root = std::move(root);
    endResetModel();
}

void MessagePartModel::setMessage(const mime::MimeMessage &message)
{
    // The root is a row too, so a single-part message shows one part.
    auto holder = std::make_unique<Part>();
    holder->children.push_back(partFromMime(message.root, nullptr, holder.get()));
    replaceRoot(std::move(holder));
}

void MessagePartModel::setBodyStructure(const imap::BodyStructure &structure)
{
    auto holder = std::make_unique<Part>();
    holder->children.push_back(
        partFromStructure(structure, structure.isMultipart() ? QByteArray() : QByteArray("1"), holder.get()));
    replaceRoot(std::move(holder));
}

void MessagePartModel::clear()
{
    replaceRoot(nullptr);
}

MessagePartModel::Part *MessagePartModel::partOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Part *>(index.internalPointer()) : m_root.get();
}

int MessagePartModel::rowOf(const Part *part) const
{
    const auto &siblings = part->parent->children;
    for (std::size_t row = 0; row < siblings.size(); ++row) {
        if (siblings[row].get() == part)
            return int(row);
    }
    return -1;
}

QModelIndex MessagePartModel::index(int row, int column, const QModelIndex &parent) const
{
    const Part *part = partOf(parent);
    if (!part || column != 0 || row < 0 || row >= int(part->children.size()))
        return {};
    return createIndex(row, 0, part->children[std::size_t(row)].get());
}

QModelIndex MessagePartModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Part *parent = partOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(rowOf(parent), 0, parent);
}

int MessagePartModel::rowCount(const QModelIndex &parent) const
{
    const Part *part = partOf(parent);
    return part && parent.column() <= 0 ? int(part->children.size()) : 0;
}

int MessagePartModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant MessagePartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Part *part = partOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return part->fileName.isEmpty() ? QString::fromLatin1(part->mimeType) : part->fileName;
    case PartNumberRole:
        return part->number;
    case PartMimeTypeRole:
        return part->mimeType;
    case PartFileNameRole:
        return part->fileName;
    case PartSizeRole:
        return part->size;
    case PartDispositionRole:
        return part->disposition;
    case PartIsAttachmentRole:
        return part->isAttachment;
    case PartContentIdRole:
        return part->contentId;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessagePartModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(PartNumberRole, "partNumber");
    names.insert(PartMimeTypeRole, "mimeType");
    names.insert(PartFileNameRole, "fileName");
    names.insert(PartSizeRole, "size");
    names.insert(PartDispositionRole, "disposition");
    names.insert(PartIsAttachmentRole, "isAttachment");
    return names;
}

} // namespace quire::model
