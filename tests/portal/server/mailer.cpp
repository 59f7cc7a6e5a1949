#include "tests/portal/server/mailer.h"

#include "tests/portal/server/crypto.h"
#include "tests/portal/server/privatefiles.h"
#include "tests/portal/server/timeutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace RefPortal {

namespace {
const QLatin1String Sender("Multimedia Desk Portal <no-reply@portal.invalid>");

// RFC 2047 encoded-word when the header is not plain ASCII.
QByteArray encodeHeader(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
    if (ascii)
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QString decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral(R"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(value);
    QString out;
    qsizetype last = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        out += QString::fromUtf8(QByteArray::fromBase64(m.captured(1).toLatin1()));
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

struct Texts
{
    QString subject;
    QString body;
};

Texts texts(const QString &purpose, const QString &locale, const QString &code, qint64 minutes)
{
    const bool reset = purpose == QLatin1String("reset");
    if (locale == QLatin1String("fr")) {
        return {
            reset ? QStringLiteral("Votre code de réinitialisation du mot de passe")
                  : QStringLiteral("Votre code de vérification"),
            QStringLiteral(
                "Bonjour,\n\nVotre code : %1\n\nIl est valable %2 minutes et ne peut servir qu'une fois.\n"
                "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n")
                .arg(code)
                .arg(minutes)};
    }
    return {reset ? QStringLiteral("Your password reset code") : QStringLiteral("Your verification code"),
            QStringLiteral("Hello,\n\nYour code: %1\n\nIt is valid for %2 minutes and can be used once.\n"
                           "If you did not ask for it, ignore this message.\n")
                .arg(code)
                .arg(minutes)};
}
// No six-digit run in these texts: the development outbox would take it for a code.
Texts lockTexts(const QString &locale, int failures, qint64 lockedUntil)
{
    const QString until = QDateTime::fromSecsSinceEpoch(lockedUntil, QTimeZone::utc())
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (locale == QLatin1String("fr")) {
        return {QStringLiteral("Saisie des codes bloquée sur votre compte"),
                QStringLiteral("Bonjour,\n\n%1 codes erronés ont été saisis aujourd'hui pour cette adresse. "
                               "Pour protéger votre compte, aucun code ne sera accepté avant le %2.\n"
                               "Si c'était vous, attendez cette heure puis demandez un nouveau code. "
                               "Sinon, personne n'est entré : votre mot de passe n'a pas changé.\n")
                    .arg(failures)
                    .arg(until)};
    }
    return {QStringLiteral("Code entry blocked on your account"),
            QStringLiteral("Hello,\n\n%1 wrong codes were entered for this address today. To protect your "
                           "account, no code will be accepted until %2.\n"
                           "If it was you, wait until then and ask for a new code. If it was not you, "
                           "nobody got in: your password has not changed.\n")
                .arg(failures)
                .arg(until)};
}
} // namespace

Mailer::Mailer(QString outboxDir) : m_outboxDir(std::move(outboxDir)) { }

Util::Result<void> Mailer::ensureOutbox() const
{
    return PrivateFiles::ensureDir(m_outboxDir);
}

Util::Result<QString> Mailer::sendCode(const QString &to, const QString &purpose, const QString &locale,
                                       const QString &code, qint64 lifetimeSecs)
{
    const Texts t = texts(purpose, locale, code, std::max<qint64>(1, (lifetimeSecs + 59) / 60));
    return write(to, t.subject, t.body);
}

Util::Result<QString> Mailer::sendCodeLockNotice(const QString &to, const QString &locale, int failures,
                                                 qint64 lockedUntil)
{
    const Texts t = lockTexts(locale, failures, lockedUntil);
    return write(to, t.subject, t.body);
}

Util::Result<QString> Mailer::write(const QString &to, const QString &subject, const QString &body)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    quint64 sequence = 0;
    {
        std::lock_guard lock(m_mutex);
        sequence = ++m_counter;
    }
    const QString random = QString::fromLatin1(Crypto::randomBytes(4).toHex());
    // Names sort by time; the sequence and random part keep them unique.
    const QString name = now.toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz")) + u'-'
        + QStringLiteral("%1").arg(sequence, 8, 10, QLatin1Char('0')) + u'-' + random
        + QStringLiteral(".eml");

    QByteArray eml;
    eml += "Date: " + TimeUtil::mailDate(now).toLatin1() + "\r\n";
    eml += "From: " + QByteArray(Sender.data(), Sender.size()) + "\r\n";
    eml += "To: " + to.toUtf8() + "\r\n";
    eml += "Subject: " + encodeHeader(subject) + "\r\n";
    eml += "Message-ID: <" + name.chopped(4).toLatin1() + "@portal.invalid>\r\n";
    eml += "MIME-Version: 1.0\r\n";
    eml += "Content-Type: text/plain; charset=UTF-8\r\n";
    eml += "Content-Transfer-Encoding: 8bit\r\n";
    eml += "\r\n";
    QString crlfBody = body;
    crlfBody.replace(u'\n', QStringLiteral("\r\n"));
    eml += crlfBody.toUtf8();

    QSaveFile file(QDir(m_outboxDir).filePath(name));
    // Private before the code is written (QSaveFile creates with the umask).
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(eml) != eml.size() || !file.commit())
        return Util::makeError(QStringLiteral("io_error"),
                               QStringLiteral("Cannot write %1").arg(file.fileName()));
    return name;
}

Mailer::Mail Mailer::parse(const QByteArray &eml)
{
    Mail mail;
    const qsizetype split = eml.indexOf("\r\n\r\n");
    const QByteArray head = split < 0 ? eml : eml.left(split);
    const QByteArray body = split < 0 ? QByteArray() : eml.mid(split + 4);
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype colon = trimmed.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = trimmed.left(colon).toLower();
        const QByteArray value = trimmed.mid(colon + 1).trimmed();
        if (name == "to")
            mail.to = QString::fromUtf8(value);
        else if (name == "subject")
            mail.subject = decodeHeader(value);
        else if (name == "date")
            mail.date = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date).toUTC();
    }
    mail.body = QString::fromUtf8(body).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression codePattern(QStringLiteral(R"((?<!\d)(\d{6})(?!\d))"));
    const auto match = codePattern.match(mail.body);
    if (match.hasMatch())
        mail.code = match.captured(1);
    return mail;
}

QList<Mailer::Mail> Mailer::latestFor(const QString &address, int limit) const
{
    const QDir dir(m_outboxDir);
    // Names start with the time: reverse name order is newest first.
    const QStringList names =
        dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name | QDir::Reversed);
    QList<Mail> mails;
    for (const QString &name : names) {
        if (mails.size() >= limit)
            break;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Mail mail = parse(file.readAll());
        if (mail.to.compare(address, Qt::CaseInsensitive) != 0)
            continue;
        mail.fileName = name;
        mails.append(mail);
    }
    return mails;
}

} // namespace RefPortal
