#include "ui/CertificateDialog.h"

#include "ui/AccountSettings.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace quire::ui {

namespace {

QLabel *selectableLabel(const QString &text, const QString &accessibleName)
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

QLabel *fingerprintLabel(const QString &hex, const QString &accessibleName)
{
    QLabel *label = selectableLabel(CertificateDialog::groupedFingerprint(hex), accessibleName);
    label->setWordWrap(false);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QString formatDate(const QDateTime &when)
{
    if (!when.isValid())
        //: A certificate's validity date that the certificate does not give
        return CertificateDialog::tr("unknown", "date");
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

QString normalisedHex(const QString &text)
{
    QString hex;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            hex += c.toLower();
    }
    return hex;
}

} // namespace

QString CertificateDialog::groupedFingerprint(const QString &hex)
{
    const QString clean = normalisedHex(hex).toUpper();
    QString grouped;
    for (qsizetype i = 0; i < clean.size(); i += 2) {
        if (i > 0)
            grouped += (i % 16 == 0) ? QLatin1Char('\n') : QLatin1Char(':');
        grouped += clean.mid(i, 2);
    }
    return grouped;
}

CertificateDialog::CertificateDialog(
    const AccountConfig &account, const imap::TransportError &error, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_certificate(error.certificate.value_or(imap::PeerCertificate {}))
    , m_settings(settings)
    , m_pinChanged(error.kind == imap::TransportErrorKind::CertificatePinMismatch)
{
    const QString server = account.host.isEmpty() ? account.displayName : account.host;
    setWindowTitle(m_pinChanged ? tr("Warning: Certificate Changed") : tr("Untrusted Certificate"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel;
    const QStyle::StandardPixmap pixmap = m_pinChanged ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);

    auto *headline = new QLabel;
    headline->setWordWrap(true);
    headline->setAccessibleName(tr("Summary"));
    auto *explanation = new QLabel;
    explanation->setWordWrap(true);
    explanation->setAccessibleName(tr("Explanation"));
    if (m_pinChanged) {
        headline->setText(tr("<b><span style=\"color:#c00000; font-size:large\">The certificate of %1 has "
                             "changed.</span></b>")
                              .arg(server.toHtmlEscaped()));
        explanation->setText(
            tr("You told Quire to trust a different certificate for this server. This may be an attack: someone "
               "may be intercepting the connection to read your password and your mail. Unless your provider "
               "told you that its certificate changed, choose Cancel."));
    } else {
        headline->setText(tr("<b>Quire cannot verify the identity of %1.</b>").arg(server.toHtmlEscaped()));
        QString why = tr("The server presented a certificate that is not signed by an authority this system "
                         "trusts, or that is not valid for this server name or date. Trust it only if you know "
                         "that it is the right one, for example by comparing the fingerprint with the one your "
                         "provider publishes.");
        if (!error.systemMessage.isEmpty())
            why += QStringLiteral("\n\n") + tr("Details: %1").arg(error.systemMessage);
        explanation->setText(why);
    }

    auto *details = new QFormLayout;
    details->addRow(tr("Subject:"), selectableLabel(m_certificate.subject, tr("Subject")));
    details->addRow(tr("Issuer:"), selectableLabel(m_certificate.issuer, tr("Issuer")));
    details->addRow(tr("Valid from:"), selectableLabel(formatDate(m_certificate.notBefore), tr("Valid from")));
    QString until = formatDate(m_certificate.notAfter);
    if (m_certificate.notAfter.isValid() && m_certificate.notAfter < QDateTime::currentDateTimeUtc())
        until = tr("%1 (expired)").arg(until);
    details->addRow(tr("Valid until:"), selectableLabel(until, tr("Valid until")));
    const QString presented = QString::fromLatin1(m_certificate.sha256Hex);
    if (m_pinChanged) {
        details->addRow(tr("Trusted before (SHA-256):"),
            fingerprintLabel(account.pinnedSha256, tr("Previously trusted SHA-256 fingerprint")));
        details->addRow(
            tr("Presented now (SHA-256):"), fingerprintLabel(presented, tr("Presented SHA-256 fingerprint")));
    } else {
        details->addRow(tr("SHA-256 fingerprint:"), fingerprintLabel(presented, tr("SHA-256 fingerprint")));
    }

    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_trustOnce = buttons->addButton(tr("Trust &Once"), QDialogButtonBox::AcceptRole);
    m_trustAlways = buttons->addButton(
        m_pinChanged ? tr("Trust the &New Certificate") : tr("Trust &Always"), QDialogButtonBox::AcceptRole);
    m_trustOnce->setAccessibleDescription(tr("Connect this time without remembering the certificate"));
    m_trustAlways->setAccessibleDescription(tr("Remember this certificate for the account"));
    // Enter must never accept a certificate by accident.
    m_trustOnce->setAutoDefault(false);
    m_trustAlways->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(m_trustOnce, &QPushButton::clicked, this, [this] { choose(Decision::TrustOnce); });
    connect(m_trustAlways, &QPushButton::clicked, this, [this] { choose(Decision::TrustAlways); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { choose(Decision::Cancel); });

    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(explanation);
    text->addSpacing(8);
    text->addLayout(details);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setTabOrder(m_cancel, m_trustOnce);
    setTabOrder(m_trustOnce, m_trustAlways);
    m_cancel->setFocus();
    setMinimumWidth(560);
}

QString CertificateDialog::pinnedFingerprint() const
{
    return QString::fromLatin1(m_certificate.sha256Hex);
}

void CertificateDialog::choose(Decision decision)
{
    m_decision = decision;
    if (decision == Decision::TrustAlways && m_settings && !m_account.id.isEmpty())
        pinCertificate(*m_settings, m_account.id, pinnedFingerprint());
    if (decision == Decision::Cancel)
        reject();
    else
        accept();
}

} // namespace quire::ui
