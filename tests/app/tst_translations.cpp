// The Chinese catalogue as users meet it: complete, filed under the contexts the code looks them up in,
// and in the terms of docs/glossary.md (its "never ..." notes name the words a translation must not use).
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source, translation;
    bool finished = true;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, true};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            // Plural forms are <numerusform> children: their text is the translation.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

// The words the glossary forbids: after "never" in its notes, up to ";" or the end of the cell, the
// Chinese terms listed ("never 掘路许可 or 挖路许可; ...", "never 已驳回, 已修复").
QStringList forbiddenTerms(const QString &glossaryPath)
{
    QFile file(glossaryPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression never(QStringLiteral("never ([^|;\\n]+)"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}+"));
    QStringList terms;
    for (auto it = never.globalMatch(text); it.hasNext();) {
        const QString clause = it.next().captured(1);
        for (auto words = han.globalMatch(clause); words.hasNext();)
            terms.append(words.next().captured(0));
    }
    return terms;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QList<Message> m_messages;

private slots:
    void initTestCase()
    {
        m_messages = readCatalogue(QStringLiteral(URBANOPS_SOURCE_DIR "/translations/urbanops_zh_CN.ts"));
        QVERIFY2(m_messages.size() > 1000, qPrintable(QString::number(m_messages.size())));
    }

    void everyMessageIsTranslated()
    {
        QStringList missing;
        for (const Message &m : std::as_const(m_messages))
            if (!m.finished || m.translation.trimmed().isEmpty())
                missing.append(m.context + QLatin1String(": ") + m.source);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // The code translates in contexts of namespace uo (classes uo::X, the command line's uo::cli); a
    // context without it is one lupdate filed wrongly, and its translation is never looked up.
    void everyContextIsOneTheCodeUses()
    {
        QSet<QString> wrong;
        for (const Message &m : std::as_const(m_messages))
            if (!m.context.startsWith(QLatin1String("uo::")))
                wrong.insert(m.context);
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringList(wrong.cbegin(), wrong.cend()).join(QLatin1String(", "))));
    }

    void theGlossaryTermsAreUsed()
    {
        const QStringList forbidden = forbiddenTerms(QStringLiteral(URBANOPS_SOURCE_DIR "/docs/glossary.md"));
        // The glossary's own examples: a test that reads no rule would pass on any catalogue.
        QVERIFY2(forbidden.contains(QStringLiteral("路长")) && forbidden.contains(QStringLiteral("掘路许可")),
                 qPrintable(forbidden.join(QLatin1String(", "))));
        QStringList found;
        for (const Message &m : std::as_const(m_messages))
            for (const QString &term : forbidden)
                if (m.translation.contains(term))
                    found.append(
                        QStringLiteral("%1 in %2: %3 → %4").arg(term, m.context, m.source, m.translation));
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
