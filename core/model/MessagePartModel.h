#pragma once

// The MIME tree of one message, for the viewer's part list and the
// attachment list. It can be built from a parsed message (mime::MimeMessage)
// or, before the body is fetched, from the server's BODYSTRUCTURE. Both give
// the same node values, so the view does not care which.

#include "core/imap/parser/BodyStructure.h"
#include "core/mime/MimeMessage.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace quire::model {

class MessagePartModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit MessagePartModel(QObject *parent = nullptr);
    ~MessagePartModel() override;

    void setMessage(const mime::MimeMessage &message);
    void setBodyStructure(const imap::BodyStructure &structure);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    struct Part {
        QByteArray number;
        QByteArray mimeType;
        QString fileName;
        qint64 size = 0;
        QByteArray disposition;
        QByteArray contentId;
        bool isAttachment = false;
        Part *parent = nullptr;
        std::vector<std::unique_ptr<Part>> children;
    };

private:
    void replaceRoot(std::unique_ptr<Part> root);
    Part *partOf(const QModelIndex &index) const;
    int rowOf(const Part *part) const;

    // The message itself; its children are the rows at the top level.
    std::unique_ptr<Part> m_root;
};

} // namespace quire::model
