#pragma once

#include "core/server/server_roles.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace uo {
class DistrictStore;
}

namespace uo::server {

// Kinds of change a workstation offers, as the roles of docs/server.md divide them.
enum class Work
{
    EditFeatures,  // components, risk points and their records, roads, shops
    EditSegments,  // the segment layout and its chiefs
    DecidePermits, // the permit workflow's steps
    EditRules,     // permit rules, the no-dig calendar, case and monitoring rules
};

// Who is signed in to the open district and what their role lets them change, so that the workstation
// offers only that and says why the rest is off. The server enforces the same roles whatever a client
// offers; this only spares the user a refusal. On a district file everyone may do everything.
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(uo::server::ServerAccess)

public:
    // The store's signed-in login and role (one question to the server); a file's is everything allowed.
    static ServerAccess of(DistrictStore &store);

    bool isOnServer() const { return m_onServer; }
    const QString &login() const { return m_login; }
    // The district's name on the server (its schema).
    const QString &district() const { return m_district; }
    // None for the district's owner (or a superuser) and for a login with no role in the district.
    std::optional<Role> role() const { return m_role; }
    // The role as the cases' workflow names it ("admin" for the owner too; empty for none) and the
    // login's person (a chief's segments are this person's), for CaseActor.
    QString roleKey() const;
    qint64 personId() const { return m_personId; }
    // The role in the user's language: "Planner", "District owner", "No role".
    QString roleTitle() const;

    bool may(Work work) const;
    // Why `work` is off, in the user's language; empty when it is allowed.
    QString whyNot(Work work) const;
    // Whether the role may change anything at all (a planner may not), and the reason the district is
    // then read-only, in the user's language.
    bool mayWriteAnything() const;
    QString readOnlyReason() const;

private:
    bool m_onServer = false;
    bool m_owner = false;
    QString m_login, m_district;
    qint64 m_personId = 0;
    std::optional<Role> m_role;
};

} // namespace uo::server
