// SPDX-License-Identifier: GPL-2.0-or-later
// Every translations/*.ts file is complete: no unfinished, vanished or obsolete entries, no
// empty translation, and every %1/%n placeholder of the source kept. The English file is
// the source language: only its plural forms are translated, the rest falls back to the
// source text, so there only numerus entries must be finished.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include <set>

using namespace Qt::Literals::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: unfinished, vanished, obsolete or empty
    QStringList forms; // the translation, or its numerus forms
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile file;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.error = u"cannot open %1: %2"_s.arg(path, device.errorString());
        return file;
    }
    QXmlStreamReader xml(&device);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                file.language = xml.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                inMessage = true;
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                message.line = xml.lineNumber();
            } else if (name == "source"_L1 && inMessage) {
                message.source = xml.readElementText();
            } else if (name == "translation"_L1 && inMessage) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.forms.append(xml.readElementText());
            } else if (name == "numerusform"_L1 && inMessage) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            file.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        file.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

std::set<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(n|L?[1-9][0-9]?)"_s);
    std::set<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

QStringList tsFiles()
{
    const QDir dir(VirtDeck::Test::sourceDir() + u"/translations"_s);
    QStringList out;
    for (const QString &name : dir.entryList({u"*.ts"_s}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothLanguagesExist()
    {
        const QStringList files = tsFiles();
        QVERIFY2(!files.isEmpty(), "no translations/*.ts under VIRTDECK_SOURCE_DIR");
        QStringList languages;
        for (const QString &path : files)
            languages.append(readTs(path).language);
        QVERIFY2(languages.contains(u"zh_CN"_s), qPrintable(languages.join(u", "_s)));
        QVERIFY2(std::any_of(languages.cbegin(), languages.cend(), [](const QString &l) { return l.startsWith(u"en"_s); }),
                 qPrintable(languages.join(u", "_s)));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void complete()
    {
        QFETCH(QString, path);
        const TsFile file = readTs(path);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QVERIFY2(!file.messages.isEmpty(), qPrintable(path + u": no messages"_s));
        const bool sourceLanguage = file.language.startsWith(u"en"_s);
        QStringList problems;
        const auto report = [&](const TsMessage &m, const QString &what) {
            problems.append(u"line %1 [%2] \"%3\": %4"_s.arg(m.line).arg(m.context, m.source.left(60), what));
        };
        for (const TsMessage &m : file.messages) {
            if (m.type == "vanished"_L1 || m.type == "obsolete"_L1) {
                report(m, u"%1 (the source string is gone; run update_translations)"_s.arg(m.type));
                continue;
            }
            if (sourceLanguage && !m.numerus)
                continue; // falls back to the source text
            if (m.type == "unfinished"_L1) {
                report(m, u"unfinished"_s);
                continue;
            }
            if (m.forms.isEmpty() || std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.trimmed().isEmpty(); })) {
                report(m, u"empty translation"_s);
                continue;
            }
            const std::set<QString> expected = placeholders(m.source);
            for (const QString &form : m.forms) {
                std::set<QString> found = placeholders(form);
                // A plural form may spell out the number ("one guest") instead of %n.
                if (m.numerus && !found.contains(u"n"_s))
                    found.insert(u"n"_s);
                if (found != expected) {
                    report(m, u"placeholders differ in \"%1\""_s.arg(form));
                    break;
                }
            }
        }
        if (!problems.isEmpty())
            qWarning().noquote() << path << "has" << problems.size() << "problem(s):\n  " << problems.join(u"\n  "_s);
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1: %2 incomplete entries (first: %3)"_s.arg(QFileInfo(path).fileName())
                                                     .arg(problems.size())
                                                     .arg(problems.value(0))));
    }

    // The reader itself: a broken file must be caught, not read as "complete".
    void detectsUnfinishedAndVanished()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"virtdeck_zh_CN.ts"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Ctx</name>
    <message><source>Done %1</source><translation>完成 %1</translation></message>
    <message><source>New</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">没了</translation></message>
    <message><source>Lost %1</source><translation>丢了</translation></message>
</context>
</TS>
)");
        out.close();
        const TsFile file = readTs(path);
        QVERIFY(file.error.isEmpty());
        QCOMPARE(file.language, u"zh_CN"_s);
        QCOMPARE(file.messages.size(), 4);
        QCOMPARE(file.messages.at(0).type, QString());
        QCOMPARE(file.messages.at(0).forms, QStringList{u"完成 %1"_s});
        QCOMPARE(file.messages.at(1).type, u"unfinished"_s);
        QCOMPARE(file.messages.at(2).type, u"vanished"_s);
        QVERIFY(placeholders(file.messages.at(3).source) != placeholders(file.messages.at(3).forms.first()));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
