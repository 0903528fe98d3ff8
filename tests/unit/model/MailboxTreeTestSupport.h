#pragma once

// The fixture of the MailboxTreeModel tests: a fake engine, the model, and
// expanding nodes as a view does.

#include "ModelTestSupport.h"
#include "core/model/MailboxTreeModel.h"

namespace quire::model::testing {

class MailboxTreeFixture : public ::testing::Test
{
protected:
    void add(const cache::MailboxRecord &record) { engine.addMailbox(record, false); }
    QModelIndex account() { return model.index(0, 0); }
    // Children of `parent`, loading them as a view would.
    QStringList names(const QModelIndex &parent)
    {
        if (model.canFetchMore(parent))
            model.fetchMore(parent);
        QStringList result;
        for (int row = 0; row < model.rowCount(parent); ++row)
            result.append(model.index(row, 0, parent).data().toString());
        return result;
    }
    QModelIndex child(const QModelIndex &parent, const QString &name)
    {
        names(parent);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            if (model.index(row, 0, parent).data().toString() == name)
                return model.index(row, 0, parent);
        }
        return {};
    }

    FakeMailEngine engine;
    MailboxTreeModel model;
};

} // namespace quire::model::testing
