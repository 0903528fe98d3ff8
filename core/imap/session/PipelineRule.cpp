#include "core/imap/session/PipelineRule.h"

#include <algorithm>

namespace quire::imap {

namespace {

bool usesSequenceNumbers(const MessageSet &set)
{
    return std::holds_alternative<SequenceSet>(set);
}

struct Classifier {
    PipelineClass operator()(const Fetch &fetch) const
    {
        return usesSequenceNumbers(fetch.set) ? PipelineClass::SequenceSafe : PipelineClass::Independent;
    }
    PipelineClass operator()(const Store &store) const
    {
        return usesSequenceNumbers(store.set) ? PipelineClass::SequenceSafe : PipelineClass::Independent;
    }
    PipelineClass operator()(const Search &search) const
    {
        return search.byUid ? PipelineClass::Independent : PipelineClass::SequenceSafe;
    }
    PipelineClass operator()(const Copy &copy) const
    {
        return usesSequenceNumbers(copy.set) ? PipelineClass::SequenceUsing : PipelineClass::Independent;
    }
    PipelineClass operator()(const Move &move) const
    {
        return usesSequenceNumbers(move.set) ? PipelineClass::SequenceUsing : PipelineClass::Independent;
    }
    PipelineClass operator()(const Sort &sort) const
    {
        return sort.byUid ? PipelineClass::Independent : PipelineClass::SequenceUsing;
    }
    PipelineClass operator()(const Thread &thread) const
    {
        return thread.byUid ? PipelineClass::Independent : PipelineClass::SequenceUsing;
    }
    PipelineClass operator()(const Select &) const { return PipelineClass::Barrier; }
    PipelineClass operator()(const Close &) const { return PipelineClass::Barrier; }
    PipelineClass operator()(const Unselect &) const { return PipelineClass::Barrier; }
    PipelineClass operator()(const Login &) const { return PipelineClass::Barrier; }
    PipelineClass operator()(const Authenticate &) const { return PipelineClass::Barrier; }
    PipelineClass operator()(const StartTls &) const { return PipelineClass::Barrier; }
    PipelineClass operator()(const Compress &) const { return PipelineClass::Barrier; }
    PipelineClass operator()(const Logout &) const { return PipelineClass::Barrier; }
    PipelineClass operator()(const Idle &) const { return PipelineClass::Barrier; }
    PipelineClass operator()(const Enable &) const { return PipelineClass::Barrier; }
    // What the server sends unasked changes with it.
    PipelineClass operator()(const Notify &) const { return PipelineClass::Barrier; }
    template<typename Other> PipelineClass operator()(const Other &) const { return PipelineClass::Independent; }
};

struct AuthenticationCheck {
    bool operator()(const Capability &) const { return false; }
    bool operator()(const Noop &) const { return false; }
    bool operator()(const Logout &) const { return false; }
    bool operator()(const StartTls &) const { return false; }
    bool operator()(const Login &) const { return false; }
    bool operator()(const Authenticate &) const { return false; }
    bool operator()(const Id &) const { return false; }
    template<typename Other> bool operator()(const Other &) const { return true; }
};

} // namespace

PipelineClass pipelineClass(const Command &command)
{
    return std::visit(Classifier {}, command);
}

bool mayPipeline(PipelineClass candidate, const QList<PipelineClass> &inFlight)
{
    if (inFlight.isEmpty())
        return true;
    const auto all = [&](auto predicate) { return std::all_of(inFlight.begin(), inFlight.end(), predicate); };
    switch (candidate) {
    case PipelineClass::Barrier:
        return false;
    case PipelineClass::SequenceSafe:
    case PipelineClass::SequenceUsing:
        return all([](PipelineClass other) { return other == PipelineClass::SequenceSafe; });
    case PipelineClass::Independent:
        return all([](PipelineClass other) { return other == PipelineClass::Independent; });
    }
    return false;
}

bool needsAuthentication(const Command &command)
{
    return std::visit(AuthenticationCheck {}, command);
}

} // namespace quire::imap
