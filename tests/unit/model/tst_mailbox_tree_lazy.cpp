// MailboxTreeModel with only part of the folder tree known: levels the
// session has not listed are asked for through canFetchMore/fetchMore, one
// LIST per level, and the answer arrives as inserted rows.

#include "MailboxTreeTestSupport.h"

namespace quire::model::testing {
namespace {

const QStringList kHasChildren { QStringLiteral("\\HasChildren") };
const QStringList kHasNoChildren { QStringLiteral("\\HasNoChildren") };
const QStringList kNoInferiors { QStringLiteral("\\NoInferiors"), QStringLiteral("\\HasNoChildren") };

class LazyMailboxTreeTest : public MailboxTreeFixture
{
protected:
    // A server whose top level alone was listed: INBOX, "a" with children,
    // "leaf" without, "box" that cannot have any, "plain" that did not say.
    void addTopLevel()
    {
        add(mailboxRecord(QStringLiteral("INBOX"), QLatin1Char('/'), kHasNoChildren));
        add(mailboxRecord(QStringLiteral("a"), QLatin1Char('/'), kHasChildren));
        add(mailboxRecord(QStringLiteral("leaf"), QLatin1Char('/'), kHasNoChildren));
        add(mailboxRecord(QStringLiteral("box"), QLatin1Char('/'), kNoInferiors));
        add(mailboxRecord(QStringLiteral("plain")));
        engine.listedLevels.insert(QString());
    }
};

TEST_F(LazyMailboxTreeTest, ListsALevelWhenItIsExpandedAndInsertsTheAnswer)
{
    engine.setConnectionState(sync::ConnectionState::Online);
    addTopLevel();
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    EXPECT_EQ(names(account()), (QStringList { "INBOX", "a", "box", "leaf", "plain" }));
    const QPersistentModelIndex a = child(account(), "a");
    const QModelIndex leaf = child(account(), "leaf");
    const QModelIndex box = child(account(), "box");
    const QModelIndex plain = child(account(), "plain");

    // \HasChildren, and a node whose server did not say: an expander and a fetch.
    EXPECT_TRUE(model.hasChildren(a));
    EXPECT_TRUE(model.canFetchMore(a));
    EXPECT_TRUE(model.hasChildren(plain));
    EXPECT_TRUE(model.canFetchMore(plain));
    // \HasNoChildren and \NoInferiors: neither.
    for (const QModelIndex &none : { leaf, box, child(account(), "INBOX") }) {
        EXPECT_FALSE(model.hasChildren(none)) << none.data().toString().toStdString();
        EXPECT_FALSE(model.canFetchMore(none)) << none.data().toString().toStdString();
    }
    EXPECT_TRUE(engine.listRequests.isEmpty()); // asking is not expanding

    auto tester = attachTester(&model); // fetches like a view expanding everything
    EXPECT_EQ(engine.listRequests, (QStringList { "a/%", "plain/%" }));
    // Asked once: no second LIST while the first is out.
    EXPECT_FALSE(model.canFetchMore(a));
    model.fetchMore(a);
    EXPECT_EQ(engine.listRequests.size(), 2);
    EXPECT_EQ(model.rowCount(a), 0);
    EXPECT_TRUE(model.hasChildren(a));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    engine.answerChildren(QStringLiteral("a"),
        { mailboxRecord(QStringLiteral("a/c"), QLatin1Char('/'), kHasNoChildren),
            mailboxRecord(QStringLiteral("a/b"), QLatin1Char('/'), kHasChildren) });
    EXPECT_EQ(names(a), (QStringList { "b", "c" }));
    int rowsUnderA = 0;
    for (const QList<QVariant> &signal : std::as_const(inserted)) {
        if (signal[0].toModelIndex() == a)
            rowsUnderA += signal[2].toInt() - signal[1].toInt() + 1;
    }
    EXPECT_EQ(rowsUnderA, 2);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_FALSE(model.canFetchMore(a));
    EXPECT_EQ(child(a, "b").data(MailboxFullNameRole).toString(), QStringLiteral("a/b"));
    // The next level down is asked for in its turn (here by the tester).
    EXPECT_TRUE(engine.listRequests.contains(QStringLiteral("a/b/%")));
    EXPECT_FALSE(engine.listRequests.contains(QStringLiteral("a/c/%")));
}

TEST_F(LazyMailboxTreeTest, ALevelThatTurnsOutEmptyLosesItsExpander)
{
    engine.setConnectionState(sync::ConnectionState::Online);
    addTopLevel();
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    auto tester = attachTester(&model);
    const QPersistentModelIndex plain = child(account(), "plain");
    EXPECT_TRUE(model.hasChildren(plain));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    engine.answerChildren(QStringLiteral("plain"), {});
    EXPECT_FALSE(model.hasChildren(plain));
    EXPECT_FALSE(model.canFetchMore(plain));
    ASSERT_EQ(changed.size(), 1); // the view learns that the expander went
    EXPECT_EQ(changed[0][0].toModelIndex(), QModelIndex(plain));
}

TEST_F(LazyMailboxTreeTest, AFailedOrLostListCanBeAskedAgain)
{
    engine.setConnectionState(sync::ConnectionState::Online);
    addTopLevel();
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    auto tester = attachTester(&model);
    const QPersistentModelIndex a = child(account(), "a");
    ASSERT_EQ(engine.listRequests.count(QStringLiteral("a/%")), 1);

    engine.failChildren(QStringLiteral("a")); // NO from the server
    EXPECT_TRUE(model.hasChildren(a));
    EXPECT_TRUE(model.canFetchMore(a));
    model.fetchMore(a);
    EXPECT_EQ(engine.listRequests.count(QStringLiteral("a/%")), 2);

    // The connection goes with the LIST in flight: no answer will come.
    engine.setConnectionState(sync::ConnectionState::Reconnecting);
    EXPECT_FALSE(model.canFetchMore(a)); // offline: the cache is all there is
    EXPECT_FALSE(model.hasChildren(a));
    engine.setConnectionState(sync::ConnectionState::Online);
    EXPECT_TRUE(model.canFetchMore(a));
    model.fetchMore(a);
    EXPECT_EQ(engine.listRequests.count(QStringLiteral("a/%")), 3);
}

TEST_F(LazyMailboxTreeTest, OfflineChildrenComeFromTheCache)
{
    addTopLevel();
    // Listed in an earlier session: a/b and a/b/deep. "plain" and "a/b/deep"
    // say \HasChildren but their levels were never listed.
    add(mailboxRecord(QStringLiteral("a/b"), QLatin1Char('/'), kHasChildren));
    add(mailboxRecord(QStringLiteral("a/b/deep"), QLatin1Char('/'), kHasChildren));
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    auto tester = attachTester(&model);
    const QModelIndex a = child(account(), "a");
    EXPECT_TRUE(model.hasChildren(a));
    EXPECT_EQ(names(a), QStringList { "b" });
    EXPECT_EQ(names(child(a, "b")), QStringList { "deep" });
    const QModelIndex deep = child(child(a, "b"), "deep");
    EXPECT_FALSE(model.hasChildren(deep));
    EXPECT_FALSE(model.canFetchMore(deep));
    EXPECT_FALSE(model.hasChildren(child(account(), "plain")));
    EXPECT_TRUE(engine.listRequests.isEmpty());
}

TEST_F(LazyMailboxTreeTest, NoListingWhenTheSessionListedEverything)
{
    engine.setConnectionState(sync::ConnectionState::Online);
    addTopLevel();
    add(mailboxRecord(QStringLiteral("a/b"), QLatin1Char('/'), kHasNoChildren));
    engine.listedEverything = true; // a full LIST ("*") ran
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    auto tester = attachTester(&model);
    EXPECT_EQ(names(child(account(), "a")), QStringList { "b" });
    EXPECT_FALSE(model.hasChildren(child(account(), "plain")));
    EXPECT_TRUE(engine.listRequests.isEmpty());
}

TEST_F(LazyMailboxTreeTest, ANewSubfolderNeedsOnlyNoInferiorsToBeAbsent)
{
    addTopLevel();
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    model.createMailbox(child(account(), "leaf"), QStringLiteral("x")); // \HasNoChildren: allowed
    model.createMailbox(child(account(), "box"), QStringLiteral("x")); // \NoInferiors: refused
    EXPECT_EQ(engine.calls, (QList<FakeMailEngine::Call> { { "create", "leaf/x", {}, {} } }));
}

TEST_F(LazyMailboxTreeTest, ASynthesisedParentListsUnderItsOwnName)
{
    engine.setConnectionState(sync::ConnectionState::Online);
    add(mailboxRecord(QStringLiteral("INBOX"), QLatin1Char('.'), kHasNoChildren));
    add(mailboxRecord(QStringLiteral("ghost.child"), QLatin1Char('.'), kHasNoChildren));
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    auto tester = attachTester(&model);
    const QPersistentModelIndex ghost = child(account(), "ghost");
    EXPECT_EQ(names(ghost), QStringList { "child" });
    EXPECT_EQ(engine.listRequests, QStringList { "ghost.%" });
    engine.answerChildren(QStringLiteral("ghost"),
        { mailboxRecord(QStringLiteral("ghost.child"), QLatin1Char('.'), kHasNoChildren),
            mailboxRecord(QStringLiteral("ghost.sibling"), QLatin1Char('.'), kHasNoChildren) });
    EXPECT_EQ(names(ghost), (QStringList { "child", "sibling" }));
    EXPECT_FALSE(model.canFetchMore(ghost));
}

} // namespace
} // namespace quire::model::testing
