#pragma once

// What the Account GUI tests share: a real reference portal, the core
// objects the desktop app builds on it, and small helpers that find controls
// by the names the pages give them and use them as a person would.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/portal/portalclient.h"
#include "tests/support/portalprocess.h"
#include "ui/account/accountform.h"
#include "ui/account/accountpage.h"
#include "ui/account/passwordfield.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TestSupport {

inline const QString AccountPassword = QStringLiteral("Correct-Horse-42");

struct AccountKit
{
    QTemporaryDir content;
    PortalProcess portal;
    QNetworkAccessManager network;
    std::unique_ptr<Portal::PortalClient> client;
    std::unique_ptr<Auth::TokenStore> tokens;
    std::unique_ptr<Auth::AccountService> account;

    // Starts the portal in development mode with extra options, and the
    // client side on it. The keychain service name keeps tests apart from
    // a person's own entries.
    bool start(const QStringList &portalArgs = {})
    {
        if (!content.isValid() || !portal.start(content.path(), portalArgs))
            return false;
        client = std::make_unique<Portal::PortalClient>(network, portal.baseUrl());
        tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-gui-test"));
        account = std::make_unique<Auth::AccountService>(*client, *tokens);
        return true;
    }
};

// An address no other test of the run uses.
inline QString uniqueEmail(const char *who)
{
    static int counter = 0;
    return QStringLiteral("%1.%2@newsroom.example.org").arg(QString::fromLatin1(who)).arg(++counter);
}

// A control by object name, the visible one first.
template<class T>
T *child(const QWidget *root, const QString &name)
{
    const auto found = root->findChildren<T *>(name);
    for (T *widget : found) {
        if (widget->isVisible())
            return widget;
    }
    return found.isEmpty() ? nullptr : found.first();
}

inline QString labelText(const QWidget *root, const QString &name)
{
    const QLabel *label = child<QLabel>(root, name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

// "✓ A digit" -> true, "✗ A digit" -> false.
inline bool ruleMet(const QWidget *page, const char *code)
{
    return labelText(page, QStringLiteral("rule_") + QString::fromLatin1(code))
        .startsWith(QStringLiteral("✓"));
}

inline QWidget *page(const Ui::AccountPage &area, const char *name)
{
    return area.findChild<QWidget *>(QString::fromLatin1(name));
}

inline QString current(const Ui::AccountPage &area)
{
    return area.currentWidget()->objectName();
}

inline QString message(const Ui::AccountPage &area)
{
    return area.currentForm()->message();
}

inline void click(QWidget *root, const char *button)
{
    auto *widget = child<QAbstractButton>(root, QString::fromLatin1(button));
    QVERIFY2(widget, button);
    QVERIFY2(widget->isEnabled(), button);
    QTest::mouseClick(widget, Qt::LeftButton);
}

// Types into a line edit or password field, key by key.
inline void type(QWidget *root, const char *field, const QString &text)
{
    QWidget *widget = child<QWidget>(root, QString::fromLatin1(field));
    QVERIFY2(widget, field);
    if (auto *password = qobject_cast<Ui::PasswordField *>(widget))
        widget = password->lineEdit();
    QTest::keyClicks(widget, text);
}

inline QLineEdit *passwordEdit(QWidget *root, const char *field)
{
    auto *password = child<Ui::PasswordField>(root, QString::fromLatin1(field));
    return password ? password->lineEdit() : nullptr;
}

// Creates and confirms an account through the service alone (which signs
// it in), for tests about what comes after.
inline void createVerified(AccountKit &kit, const QString &name, const QString &email,
                           const QString &organisation = {})
{
    Portal::Registration registration;
    registration.displayName = name;
    registration.email = email;
    registration.password = AccountPassword;
    registration.organisation = organisation;
    bool sent = false;
    kit.account->registerAccount(registration, qApp, [&sent](auto result) { sent = result.ok(); });
    // The portal hashes the password slowly on purpose; a loaded machine
    // (2 cores, the ASan+UBSan build) takes several seconds.
    QTRY_VERIFY_WITH_TIMEOUT(sent, 60000);
    const QString code = kit.portal.latestCode(email);
    QVERIFY(!code.isEmpty());
    bool verified = false;
    kit.account->verifyRegistration(email, code, qApp, [&verified](auto result) { verified = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(verified, 60000);
}

} // namespace TestSupport
