#include "core/edit_session/edit_journal.h"

#include "core/edit_session/edit_session.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace uo::edit {

namespace {

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

QByteArray header(EditSession &session)
{
    QByteArray out = "{\"format\":\"" + QByteArray(kFormat) + "\",\"version\":2,\"store\":";
    appendString(out, QFileInfo(session.store().path()).fileName());
    out += ",\"operator\":";
    appendString(out, session.store().operatorName());
    out += ",\"started\":\"" + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + "\"}\n";
    return out;
}

[[noreturn]] void failWriting(const QString &path, const QString &why)
{
    throw StoreError(
        StoreError::Kind::ReadOnly,
        EditJournal::tr("The unsaved edits could not be written to %1 (%2); save or discard them.")
            .arg(path, why));
}

} // namespace

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

bool EditJournal::read(EditSession &session)
{
    QFile file(session.journalPath());
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Kind::Invalid,
            tr("The unsaved edits in %1 cannot be read: %2.").arg(file.fileName(), file.errorString()));
    const QJsonObject head = QJsonDocument::fromJson(file.readLine()).object();
    if (head.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        throw StoreError(
            StoreError::Kind::Invalid,
            tr("%1 is not a journal of unsaved edits that this program can read.").arg(file.fileName()));
    if (head.value(QStringLiteral("store")).toString() != QFileInfo(session.store().path()).fileName())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 holds edits of another district file (%2).")
                             .arg(file.fileName(), head.value(QStringLiteral("store")).toString()));
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
    // Left as read, then compacted: the next action appends to a journal of this session's own.
    for (auto it = session.m_pending.begin(); it != session.m_pending.end();)
        it = sameRow(it->original, it->current) ? session.m_pending.erase(it) : std::next(it);
    rewrite(session);
    return true;
}

} // namespace uo::edit
