// THREAD replies of every shape (RFC 5256): chains of any length, which must
// parse flat, branches nested up to the limit, and chains and branches mixed.
// The expected JSON is built here by plain string joining, independently of
// ResponseJson.
#include "ParserRow.h"

namespace {

// "1 2 ... n" for the input and "1,2,...,n" for the JSON, from first.
struct Chain {
    QByteArray input;
    QByteArray json;
};

Chain chain(quint32 first, quint32 length)
{
    Chain result;
    for (quint32 id = first; id < first + length; ++id) {
        const QByteArray number = QByteArray::number(id);
        if (id != first) {
            result.input += ' ';
            result.json += ',';
        }
        result.input += number;
        result.json += number;
    }
    return result;
}

ParserRow threadRow(const char *name, const QByteArray &threads, const QByteArray &json)
{
    return ParserRow { name, "* THREAD " + threads + "\r\n",
        keepText(R"J({"type":"thread","threads":[)J" + json + "]}") };
}

ParserRow chainRow(const char *name, quint32 length)
{
    const Chain numbers = chain(1, length);
    return threadRow(name, "(" + numbers.input + ")", R"J({"chain":[)J" + numbers.json + "]}");
}

// A chain of 50,000 with three branches: a chain of 20,000, a nameless
// parent over two chains of 5,000, and a branch that nests 100 levels deep
// with a chain of 10 at each level.
ParserRow mixedRow()
{
    const Chain trunk = chain(1, 50000);
    const Chain reply = chain(100001, 20000);
    const Chain left = chain(200001, 5000);
    const Chain right = chain(300001, 5000);
    QByteArray input = "(" + trunk.input + " (" + reply.input + ")((" + left.input + ")(" + right.input + "))";
    QByteArray json = R"J({"chain":[)J" + trunk.json + R"J(],"branches":[{"chain":[)J" + reply.json
        + R"J(]},{"branches":[{"chain":[)J" + left.json + R"J(]},{"chain":[)J" + right.json + "]}]},";
    QByteArray deepInput;
    QByteArray deepJson;
    for (quint32 level = 0; level < 100; ++level) {
        const Chain step = chain(400001 + level * 10, 10);
        deepInput += "(" + step.input + " ";
        deepJson += R"J({"chain":[)J" + step.json + "]";
        deepJson += level + 1 < 100 ? R"J(,"branches":[)J" : "";
    }
    // The innermost level closes its object; every level around it closes
    // its branches and then its object.
    input += deepInput + QByteArray(100, ')') + ")(7)";
    for (quint32 level = 0; level < 100; ++level)
        deepJson += level == 0 ? "}" : "]}";
    json += deepJson + R"J(]},{"chain":[7]})J";
    return threadRow("thread_mixed_long_chains_and_branches", input, json);
}

// Branches nested exactly to ParserLimits::maxNestingDepth (256), counting
// the thread's own parenthesis: still a thread.
ParserRow branchesAtTheLimit()
{
    QByteArray json;
    for (int level = 0; level < 255; ++level)
        json += R"J({"branches":[)J";
    json += R"J({"chain":[1]})J";
    for (int level = 0; level < 255; ++level)
        json += "]}";
    return threadRow("thread_branches_at_nesting_limit", QByteArray(256, '(') + "1" + QByteArray(256, ')'), json);
}

} // namespace

std::vector<ParserRow> threadRows()
{
    return {
        chainRow("thread_chain_3000", 3000),
        chainRow("thread_chain_100000", 100000),
        mixedRow(),
        branchesAtTheLimit(),
        threadRow(
            "thread_many_short_threads",
            [] {
                QByteArray input;
                for (int i = 1; i <= 500; ++i)
                    input += "(" + QByteArray::number(i) + ")";
                return input;
            }(),
            [] {
                QByteArray json;
                for (int i = 1; i <= 500; ++i)
                    json += (i > 1 ? "," : "") + QByteArray(R"J({"chain":[)J") + QByteArray::number(i) + "]}";
                return json;
            }()),
    };
}
