#include "core/server/server_access.h"

#include "core/server/server_district.h"
#include "core/sql/pg_backend.h"
#include "core/store/district_store.h"

namespace uo::server {

ServerAccess ServerAccess::of(DistrictStore &store)
{
    ServerAccess access;
    if (!store.isOnServer())
        return access;
    access.m_onServer = true;
    access.m_login = store.operatorName();
    ServerDistrict &district = static_cast<sql::PgBackend &>(store.db().backend()).district();
    access.m_district = district.name();
    const QString key = district.loginRole();
    access.m_owner = key == QLatin1String("owner");
    access.m_role = ServerRoles::fromKey(key);
    access.m_personId = district.loginPerson();
    return access;
}

QString ServerAccess::roleKey() const
{
    if (m_owner)
        return ServerRoles::key(Role::Admin);
    return m_role ? ServerRoles::key(*m_role) : QString();
}

QString ServerAccess::roleTitle() const
{
    if (m_owner)
        return tr("District owner");
    if (m_role)
        return ServerRoles::title(*m_role);
    return tr("No role");
}

bool ServerAccess::may(Work work) const
{
    if (!m_onServer || m_owner || m_role == Role::Admin)
        return true;
    if (!m_role)
        return false;
    switch (work) {
    case Work::EditFeatures:
        // A chief writes notes and risk records on their own segments: the server refuses the rest.
        return m_role == Role::Editor || m_role == Role::Chief;
    case Work::DecidePermits:
        return m_role == Role::Reviewer;
    case Work::EditSegments:
    case Work::EditRules:
        return false;
    }
    return false;
}

bool ServerAccess::mayWriteAnything() const
{
    return may(Work::EditFeatures) || may(Work::DecidePermits) || may(Work::EditSegments) ||
           may(Work::EditRules);
}

QString ServerAccess::readOnlyReason() const
{
    if (!m_role && !m_owner)
        return whyNot(Work::EditFeatures);
    return tr("the role of %1 on the server is %2").arg(m_login, roleTitle());
}

QString ServerAccess::whyNot(Work work) const
{
    if (may(work))
        return QString();
    if (!m_role)
        return tr("%1 has no role in this district on the server: ask its administrator for one.")
            .arg(m_login);
    const QString who = tr("%1 (%2)").arg(m_login, roleTitle());
    switch (work) {
    case Work::EditFeatures:
        return tr("%1 may not edit features on this server district; editors do.").arg(who);
    case Work::DecidePermits:
        return tr("%1 may not decide permits on this server district; permit reviewers do.").arg(who);
    case Work::EditSegments:
        return tr("%1 may not change the segment layout on this server district; administrators do.")
            .arg(who);
    case Work::EditRules:
        return tr("%1 may not change rules on this server district; administrators do.").arg(who);
    }
    return QString();
}

} // namespace uo::server
