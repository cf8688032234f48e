#pragma once

#include <QtGlobal>
#include <atomic>
#include <memory>

namespace uo {

// Which request a piece of background work answers. A worker asks isCurrent() to stop early; the
// thread that receives the result asks it again to drop an answer nobody waits for any more. Cheap to
// copy into a lambda; safe to ask from any thread, also after the tracker is gone (then it is stale).
class JobTicket
{
public:
    JobTicket() = default;
    bool isCurrent() const { return m_latest && m_latest->load(std::memory_order_relaxed) == m_id; }

    // A ticket no tracker withdraws, for work nobody cancels (the command line, a report, a test): it
    // stays current.
    static const JobTicket &untracked()
    {
        static const JobTicket ticket(std::make_shared<const std::atomic<quint64>>(0), 0);
        return ticket;
    }

private:
    friend class JobTracker;
    JobTicket(std::shared_ptr<const std::atomic<quint64>> latest, quint64 id)
        : m_latest(std::move(latest)), m_id(id)
    {
    }

    std::shared_ptr<const std::atomic<quint64>> m_latest;
    quint64 m_id = 0;
};

// "The newest request wins": each start() makes every ticket handed out before it stale, so that a
// slow answer to an old question (a district closed meanwhile, a filter typed over) is never shown.
class JobTracker
{
public:
    JobTicket start() { return JobTicket(m_latest, ++*m_latest); }
    // Nothing running now is wanted any more (a district closed, the view cleared).
    void cancelAll() { ++*m_latest; }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace uo
