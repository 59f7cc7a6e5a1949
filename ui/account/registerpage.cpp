#include "ui/account/registerpage.h"

#include "core/auth/accountservice.h"
#include "core/auth/passwordpolicy.h"
#include "ui/account/passwordchecklist.h"
#include "ui/account/passwordfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

RegisterPage::RegisterPage(Auth::AccountService &account, QWidget *parent)
    : AccountForm(parent),
      m_account(account),
      m_name(new QLineEdit(body())),
      m_email(new QLineEdit(body())),
      m_organisation(new QLineEdit(body())),
      m_password(new PasswordField(body())),
      m_checklist(new PasswordChecklist(body())),
      m_confirm(new PasswordField(body())),
      m_newsletter(new QCheckBox(body())),
      m_language(new QComboBox(body())),
      m_create(new QPushButton(body())),
      m_back(new QPushButton(body())),
      m_reset(new QPushButton(body())),
      m_nameNote(addFieldNote(QStringLiteral("nameNote"))),
      m_emailNote(addFieldNote(QStringLiteral("emailNote"))),
      m_passwordNote(addFieldNote(QStringLiteral("passwordNote"))),
      m_confirmNote(addFieldNote(QStringLiteral("confirmNote"))),
      m_missing(new QLabel(body()))
{
    setObjectName(QStringLiteral("registerPage"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_confirm->setObjectName(QStringLiteral("confirmField"));
    m_newsletter->setObjectName(QStringLiteral("newsletterCheck"));
    m_newsletter->setChecked(false);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language by its own name, whatever the interface speaks.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(interfaceLanguage() == u"fr" ? 1 : 0);

    m_nameLabel = addRow(m_name, m_nameNote);
    m_emailLabel = addRow(m_email, m_emailNote);
    form()->addRow(QString(), m_reset);
    m_organisationLabel = addRow(m_organisation);
    m_passwordLabel = addRow(m_password, m_passwordNote);
    form()->addRow(QString(), m_checklist);
    m_confirmLabel = addRow(m_confirm, m_confirmNote);
    m_languageLabel = addRow(m_language);
    form()->addRow(QString(), m_newsletter);

    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_back->setObjectName(QStringLiteral("backLink"));
    makeLinkButton(m_back);
    // Offered only when the address turns out to have an account already.
    m_reset->setObjectName(QStringLiteral("forgotPasswordLink"));
    makeLinkButton(m_reset);
    m_reset->setVisible(false);
    m_missing->setObjectName(QStringLiteral("missingHint"));
    m_missing->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_create);
    extras()->addWidget(m_missing);
    extras()->addLayout(buttons);

    setTabOrder(m_name, m_email);
    setTabOrder(m_email, m_reset);
    setTabOrder(m_reset, m_organisation);
    setTabOrder(m_organisation, m_password->lineEdit());
    setTabOrder(m_password->lineEdit(), m_password->toggleButton());
    setTabOrder(m_password->toggleButton(), m_confirm->lineEdit());
    setTabOrder(m_confirm->lineEdit(), m_confirm->toggleButton());
    setTabOrder(m_confirm->toggleButton(), m_language);
    setTabOrder(m_language, m_newsletter);
    setTabOrder(m_newsletter, m_create);
    setTabOrder(m_create, m_back);

    for (QLineEdit *edit : {m_name, m_email, m_organisation}) {
        connect(edit, &QLineEdit::textChanged, this, &RegisterPage::validate);
        connect(edit, &QLineEdit::returnPressed, this, &RegisterPage::submit);
    }
    // A server note about a field is out of date once the field changes.
    connect(m_name, &QLineEdit::textEdited, this, [this] { setFieldNote(m_nameNote, {}); });
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        setFieldNote(m_emailNote, {});
        m_reset->setVisible(false);
    });
    connect(m_password, &PasswordField::textChanged, this, [this](const QString &text) {
        m_checklist->setPassword(text);
        setFieldNote(m_passwordNote, {});
        validate();
    });
    connect(m_confirm, &PasswordField::textChanged, this, &RegisterPage::validate);
    connect(m_password, &PasswordField::returnPressed, this, &RegisterPage::submit);
    connect(m_confirm, &PasswordField::returnPressed, this, &RegisterPage::submit);
    connect(m_create, &QPushButton::clicked, this, &RegisterPage::submit);
    connect(m_back, &QPushButton::clicked, this, &RegisterPage::backRequested);
    connect(m_reset, &QPushButton::clicked, this,
            [this] { emit forgotPasswordRequested(m_email->text().trimmed()); });
    retranslate();
}

void RegisterPage::retranslate()
{
    AccountForm::retranslate();
    setHeading(tr("Create an account"));
    setIntro(tr("The portal e-mails you a 6-digit code to confirm the address."));
    m_name->setAccessibleName(tr("Name"));
    m_name->setAccessibleDescription(tr("Your name as the portal shows it"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setAccessibleDescription(tr("The confirmation code is sent to this address"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_organisation->setAccessibleDescription(tr("Optional: the newsroom or company you work for"));
    m_organisation->setPlaceholderText(tr("Optional"));
    m_password->setAccessibleTexts(
        tr("Password"),
        tr("At least %n characters, no spaces, with an upper-case and a lower-case "
           "letter, a digit and a symbol",
           nullptr, Auth::PasswordPolicy::MinimumLength));
    m_confirm->setAccessibleTexts(tr("Confirm password"), tr("The same password once more"));
    m_newsletter->setText(tr("Send me the portal's &newsletter"));
    m_newsletter->setAccessibleName(tr("Send me the portal's newsletter"));
    m_newsletter->setAccessibleDescription(
        tr("Optional: news of the portal by e-mail; you can stop it at any time"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of the portal's e-mails to you"));
    m_nameLabel->setText(tr("&Name:"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("Con&firm password:"));
    m_languageLabel->setText(tr("&Language:"));
    m_create->setText(tr("Create Account"));
    m_create->setAccessibleName(tr("Create Account"));
    m_back->setText(tr("I already have an account"));
    m_back->setAccessibleName(tr("I already have an account"));
    m_back->setAccessibleDescription(tr("Goes back to signing in"));
    m_reset->setText(tr("Forgot Password?"));
    m_reset->setAccessibleName(tr("Forgot Password?"));
    m_reset->setAccessibleDescription(tr("Sends a code to this address to choose a new password"));
    // The hint and the notes that follow what is typed.
    validate();
}

QString RegisterPage::interfaceLanguage()
{
    //: The code of the language of this translation: "fr" in French. It chooses the default language of a new
    //: account.
    const QString code = QCoreApplication::translate("Ui::RegisterPage", "en");
    return code == u"fr" ? QStringLiteral("fr") : QStringLiteral("en");
}

QLabel *RegisterPage::addRow(QWidget *field, QLabel *note)
{
    auto *buddy = new QLabel(body());
    // The label of a password leads to its line edit, which takes the focus.
    auto *password = qobject_cast<PasswordField *>(field);
    buddy->setBuddy(password ? password->lineEdit() : field);
    form()->addRow(buddy, field);
    if (note)
        form()->addRow(QString(), note);
    return buddy;
}

QStringList RegisterPage::missing() const
{
    QStringList needed;
    if (m_name->text().trimmed().isEmpty())
        needed << tr("your name");
    if (!Auth::AccountService::looksLikeEmail(m_email->text()))
        needed << tr("a valid e-mail address");
    if (!m_checklist->isAcceptable())
        needed << tr("a password that meets every rule");
    else if (m_confirm->text() != m_password->text())
        needed << tr("the same password twice");
    return needed;
}

void RegisterPage::validate()
{
    const bool mismatch = !m_confirm->text().isEmpty() && m_confirm->text() != m_password->text();
    setFieldNote(m_confirmNote, mismatch ? tr("The two passwords are not the same.") : QString());

    const QStringList needed = missing();
    m_create->setEnabled(needed.isEmpty());
    const QString hint = needed.isEmpty() ? QString() : tr("Still needed: %1.").arg(needed.join(tr(", ")));
    m_missing->setText(hint);
    m_missing->setVisible(!hint.isEmpty());
    m_create->setAccessibleDescription(hint.isEmpty() ? tr("Creates the account and e-mails you a code")
                                                      : hint);
}

void RegisterPage::submit()
{
    if (isBusy() || !m_create->isEnabled())
        return;
    Portal::Registration registration;
    registration.displayName = m_name->text();
    registration.email = m_email->text();
    registration.organisation = m_organisation->text();
    registration.password = m_password->text();
    registration.newsletter = m_newsletter->isChecked();
    registration.locale = m_language->currentData().toString();
    const QString address = registration.email.trimmed();
    setBusy(true, tr("Creating the account…"));
    m_account.registerAccount(registration, this,
                              [this, address](Portal::ApiResult<Portal::CodeSent> result) {
                                  setBusy(false);
                                  if (result.ok()) {
                                      emit codeSent(address, result.value().codeExpiresAt);
                                      return;
                                  }
                                  showServerError(result.error());
                              });
}

void RegisterPage::showServerError(const Portal::ApiError &error)
{
    if (error.code == u"email_taken") {
        setFieldNote(m_emailNote,
                     tr("An account with this address already exists. Sign in with it, or "
                        "choose a new password if you have forgotten it."));
        m_reset->setVisible(true);
        m_email->setFocus();
    } else if (error.code == u"invalid_email" || error.fields.contains(QStringLiteral("email"))) {
        setFieldNote(m_emailNote, tr("The portal does not accept this e-mail address."));
        m_email->setFocus();
    }
    if (error.fields.contains(QStringLiteral("display_name"))) {
        setFieldNote(m_nameNote, tr("The portal does not accept this name."));
        m_name->setFocus();
    }
    if (error.code == u"weak_password" || error.fields.contains(QStringLiteral("password"))) {
        QStringList rules;
        for (const QString &code : error.fields.value(QStringLiteral("password"))) {
            Auth::PasswordPolicy::Rule rule;
            if (Auth::PasswordPolicy::ruleFromCode(code, &rule))
                rules << PasswordChecklist::ruleText(rule);
        }
        setFieldNote(m_passwordNote,
                     rules.isEmpty()
                         ? tr("The portal refused this password.")
                         : tr("The portal refused this password. Missing: %1.").arg(rules.join(tr(", "))));
        m_password->setFocus();
    }
    const bool shownByField =
        m_emailNote->isVisibleTo(this) || m_nameNote->isVisibleTo(this) || m_passwordNote->isVisibleTo(this);
    if (shownByField)
        showError([] { return tr("The account was not created: see the notes next to the fields."); });
    else
        showError(error.message);
}

} // namespace Ui
