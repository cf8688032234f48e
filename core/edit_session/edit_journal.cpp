#include "core/edit_session/edit_journal.h"

#include "core/edit_session/edit_session.h"
#include "core/edit_session/row_merge.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "core/system/process_tag.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUrl>
#include <algorithm>

namespace uo::edit {

namespace {

// A row without the version a server raised when the save wrote it (row_merge.h): the values are what
// tell whether that save wrote the row.
RowState withoutVersion(RowState row)
{
    if (row)
        row->remove(QLatin1String(kRowVersion));
    return row;
}

constexpr auto kFormat = "urbanops-edit-journal";

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[uchar(c) >> 4];
            out += "0123456789abcdef"[uchar(c) & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

// [type, value]: "i" integer (as text: JSON numbers are doubles), "d" real, "s" text, "b" blob (base64).
void appendValue(QByteArray &out, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        out += "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        out += "[\"i\",\"" + QByteArray::number(value.toLongLong()) + "\"]";
        break;
    case QMetaType::Double:
        out += "[\"d\"," + QByteArray::number(value.toDouble(), 'g', 17) + ']';
        break;
    case QMetaType::QByteArray:
        out += "[\"b\",\"" + value.toByteArray().toBase64() + "\"]";
        break;
    default:
        out += "[\"s\",";
        appendString(out, value.toString());
        out += ']';
    }
}

void appendRow(QByteArray &out, const RowState &row)
{
    if (!row) {
        out += "null";
        return;
    }
    out += '{';
    bool first = true;
    for (auto it = row->begin(); it != row->end(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

QVariant decodeValue(const QJsonValue &json)
{
    if (!json.isArray())
        return QVariant();
    const QJsonArray pair = json.toArray();
    const QString type = pair.at(0).toString();
    if (type == QLatin1String("i"))
        return QVariant(pair.at(1).toString().toLongLong());
    if (type == QLatin1String("d"))
        return QVariant(pair.at(1).toDouble());
    if (type == QLatin1String("b"))
        return QVariant(QByteArray::fromBase64(pair.at(1).toString().toLatin1()));
    return QVariant(pair.at(1).toString());
}

RowState decodeRow(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    QVariantMap row;
    const QJsonObject object = json.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        row.insert(it.key(), decodeValue(it.value()));
    return row;
}

// The part of a journal's name that says whose it is: host and user, as a file name allows.
QString ownerTag()
{
    QString tag = QSysInfo::machineHostName() + QLatin1Char('-') + DistrictStore::defaultOperatorName();
    for (QChar &c : tag)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    return tag;
}

QJsonObject readHeader(QFile &file)
{
    return QJsonDocument::fromJson(file.readLine()).object();
}

constexpr auto kSaveKey = "edit_save.";
constexpr int kForgetSavesAfterDays = 31;

[[noreturn]] void failWriting(const QString &path, const QString &why)
{
    throw StoreError(
        StoreError::Kind::ReadOnly,
        EditJournal::tr("The unsaved edits could not be written to %1 (%2); save or discard them.")
            .arg(path, why));
}

} // namespace

QByteArray EditJournal::header(EditSession &session)
{
    QByteArray out = "{\"format\":\"" + QByteArray(kFormat) + "\",\"version\":3,\"store\":";
    appendString(out, QFileInfo(session.store().path()).fileName());
    out += ",\"operator\":";
    appendString(out, session.store().operatorName());
    out += ",\"session\":";
    appendString(out, session.m_sessionId);
    out += ",\"saves\":" + QByteArray::number(session.m_saves) + ",\"owner\":";
    appendString(out, ProcessTag::current().toText());
    out += ",\"adopted\":[";
    for (qsizetype i = 0; i < session.m_adopted.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, session.m_adopted[i]);
    }
    out += "],\"started\":\"" + session.m_started.toString(Qt::ISODate).toLatin1() + "\"}\n";
    return out;
}

// A row's line: its key, the row as read (only on the key's first line in the file), the row now, and
// the next id for new rows, so that ids stay unique after a recovery.
void EditJournal::appendLine(QByteArray &out, EditSession &session, const FeatureKey &key, bool withOriginal)
{
    const PendingRow *row = session.pending(key);
    out += "{\"t\":";
    appendString(out, key.table);
    out += ",\"i\":\"" + QByteArray::number(key.id) + "\",\"n\":\"" +
           QByteArray::number(session.m_nextNewId) + '"';
    if (!row) {
        out += ",\"r\":1}\n"; // back as the store has it; a later line starts the row afresh
        session.m_journalKeys.remove(key);
        return;
    }
    if (withOriginal) {
        out += ",\"o\":";
        appendRow(out, row->original);
    }
    out += ",\"c\":";
    appendRow(out, row->current);
    out += "}\n";
}

void EditJournal::rewrite(EditSession &session)
{
    const QString path = session.journalPath();
    session.m_journalKeys.clear();
    session.m_journalLines = 0;
    if (session.m_pending.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QByteArray out = header(session);
    for (const FeatureKey &key : session.changedKeys()) {
        appendLine(out, session, key, true);
        session.m_journalKeys.insert(key);
    }
    session.m_journalLines = session.m_pending.size();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) < 0 || !file.commit())
        failWriting(path, file.errorString());
}

void EditJournal::append(EditSession &session, const QList<FeatureKey> &keys)
{
    // Rewriting costs what is pending; appending grows the file: rewrite once it holds far more lines.
    // Nothing pending any more: no journal at all, so that the next start offers nothing to recover.
    if (session.m_pending.isEmpty() || session.m_journalKeys.isEmpty() ||
        session.m_journalLines + keys.size() > 4 * session.m_pending.size() + 1000) {
        rewrite(session);
        return;
    }
    QByteArray out;
    for (const FeatureKey &key : keys) {
        const bool known = session.m_journalKeys.contains(key);
        if (!known && !session.pending(key))
            continue; // never written, and nothing pending: nothing to say
        if (session.pending(key))
            session.m_journalKeys.insert(key);
        appendLine(out, session, key, !known);
        ++session.m_journalLines;
    }
    QFile file(session.journalPath());
    if (!file.open(QIODevice::Append) || file.write(out) != out.size())
        failWriting(file.fileName(), file.errorString());
}

void EditJournal::adopt(EditSession &session, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The unsaved edits in %1 cannot be read: %2.").arg(path, file.errorString()));
    const QJsonObject head = readHeader(file);
    if (head.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 is not a journal of unsaved edits that this program can read.").arg(path));
    if (head.value(QStringLiteral("store")).toString() != QFileInfo(session.store().path()).fileName())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 holds edits of another district file (%2).")
                             .arg(path, head.value(QStringLiteral("store")).toString()));
    // Saves of that session the store has seen since the journal was written: its last save committed
    // and the program stopped before the journal said so.
    const QString oldSession = head.value(QStringLiteral("session")).toString();
    const bool savedSince = !oldSession.isEmpty() &&
                            savesRecorded(session, oldSession) > head.value(QStringLiteral("saves")).toInt();
    session.m_pending.clear();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        QJsonParseError error;
        const QJsonObject row = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError || !line.endsWith('\n'))
            break; // cut short by the crash: everything before it is whole
        const FeatureKey key{row.value(QStringLiteral("t")).toString(),
                             row.value(QStringLiteral("i")).toString().toLongLong()};
        session.columns(key.table); // a journal naming an unknown table is refused here
        session.m_nextNewId = std::min<qint64>(-1, row.value(QStringLiteral("n")).toString().toLongLong());
        if (row.contains(QStringLiteral("r"))) {
            session.m_pending.remove(key);
            continue;
        }
        auto it = session.m_pending.find(key);
        if (row.contains(QStringLiteral("o"))) {
            const RowState original = decodeRow(row.value(QStringLiteral("o")));
            if (it == session.m_pending.end())
                it = session.m_pending.insert(key, PendingRow{original, std::nullopt});
        }
        if (it != session.m_pending.end())
            it->current = decodeRow(row.value(QStringLiteral("c")));
    }
    file.close();
    for (auto it = session.m_pending.begin(); it != session.m_pending.end();) {
        bool saved = sameRow(it->original, it->current);
        // That save wrote every new row, and every other row but the conflicts it left pending.
        if (savedSince && !saved)
            saved = !it->original ||
                    sameRow(withoutVersion(session.readStored(it.key())), withoutVersion(it->current));
        it = saved ? session.m_pending.erase(it) : std::next(it);
    }
    session.m_adopted << oldSession;
    for (const QJsonValue &id : head.value(QStringLiteral("adopted")).toArray())
        session.m_adopted << id.toString();
    session.m_adopted.removeAll(QString());
    // Its own journal first, then the orphan's removal: a stop in between leaves both, and the next
    // start removes the orphan as adopted (see orphans()).
    rewrite(session);
    QFile::remove(path);
}

namespace {
// Where a store's journals sit, as a file path without the journal's own tail: next to a district file;
// for a server district, whose address is no place on this computer, in this user's data folder, under
// the address (without its password: DistrictStore::path()) made into one file name.
QString journalBase(const QString &storePath)
{
    if (!storePath.startsWith(QLatin1String("postgresql:")) &&
        !storePath.startsWith(QLatin1String("postgres:")))
        return storePath;
    // One folder whatever program of ours edits (not the program's own data folder), so that a journal
    // one left is found by the next.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/UrbanOps/server-edits");
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(storePath));
}
} // namespace

QString EditJournal::pathFor(const QString &storePath, const QString &sessionId)
{
    return journalBase(storePath) + QLatin1Char('.') + ownerTag() + QLatin1Char('.') + sessionId +
           QStringLiteral(".edits");
}

QList<OrphanJournal> EditJournal::orphans(const QString &storePath)
{
    const QFileInfo store(journalBase(storePath));
    const QDir folder = store.absoluteDir();
    const QString prefix = store.fileName() + QLatin1Char('.') + ownerTag();
    // `<prefix>.<session>.edits`, and `<prefix>.edits` of the versions with one journal per user.
    const QStringList names = folder.entryList(
        {prefix + QStringLiteral(".*.edits"), prefix + QStringLiteral(".edits")}, QDir::Files, QDir::Name);
    struct Found
    {
        OrphanJournal journal;
        QString session;
    };
    QList<Found> found;
    QSet<QString> adopted;
    const ProcessTag me = ProcessTag::current();
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject head = readHeader(file);
        for (const QJsonValue &id : head.value(QStringLiteral("adopted")).toArray())
            adopted.insert(id.toString());
        const QString session = head.value(QStringLiteral("session")).toString();
        const ProcessTag owner = ProcessTag::fromText(head.value(QStringLiteral("owner")).toString());
        // A session of this process is over when it is no longer open; one of another process when
        // that process is gone. A journal without an owner comes from a version before sessions had them.
        const bool ended = session.isEmpty() ||
                           (owner.toText() == me.toText() ? !EditSession::isOpen(session) : owner.isGone());
        if (!ended)
            continue;
        OrphanJournal journal{
            file.fileName(),
            QDateTime::fromString(head.value(QStringLiteral("started")).toString(), Qt::ISODate), 0};
        QSet<QByteArray> keys;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            if (!line.endsWith('\n'))
                break;
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            const QByteArray key = row.value(QStringLiteral("t")).toString().toUtf8() + ' ' +
                                   row.value(QStringLiteral("i")).toString().toLatin1();
            row.contains(QStringLiteral("r")) ? void(keys.remove(key)) : void(keys.insert(key));
        }
        journal.changes = int(keys.size());
        found.append({journal, session});
    }
    QList<OrphanJournal> result;
    for (const Found &f : std::as_const(found)) {
        if (!f.session.isEmpty() && adopted.contains(f.session))
            QFile::remove(f.journal.path); // taken over by a later session that stopped before removing it
        else
            result.append(f.journal);
    }
    std::sort(result.begin(), result.end(),
              [](const OrphanJournal &a, const OrphanJournal &b) { return a.started < b.started; });
    return result;
}

void EditJournal::recordSave(EditSession &session)
{
    DistrictStore &store = session.store();
    // On a server every role that saves may write these keys of the settings and no other
    // (server_roles.cpp).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto put = store.db().prepare("INSERT INTO settings(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    put.bind(1, QLatin1String(kSaveKey) + session.m_sessionId)
        .bind(2, QStringLiteral("%1 %2").arg(session.m_saves + 1).arg(now.toString(Qt::ISODate)));
    put.run();
    // The value is "<saves> <time>": the time after the first space.
    auto forget = store.db().prepare({"DELETE FROM settings WHERE key LIKE 'edit\\_save.%' ESCAPE '\\' "
                                      "AND substr(value, instr(value, ' ') + 1) < ?",
                                      "DELETE FROM settings WHERE key LIKE 'edit\\_save.%' ESCAPE '\\' "
                                      "AND substr(value, position(' ' IN value) + 1) < ?"});
    forget.bind(1, now.addDays(-kForgetSavesAfterDays).toString(Qt::ISODate));
    forget.run();
}

int EditJournal::savesRecorded(EditSession &session, const QString &sessionId)
{
    return session.store()
        .setting(QLatin1String(kSaveKey) + sessionId)
        .section(QLatin1Char(' '), 0, 0)
        .toInt();
}

} // namespace uo::edit
