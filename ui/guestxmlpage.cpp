// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestxmlpage.h"

#include "connectionsession.h"
#include "guestdetailsreader.h"
#include "whenfinished.h"
#include "xmleditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

GuestXmlPage::GuestXmlPage(ConnectionSession *session, const QUuid &uuid, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session)
    , m_uuid(uuid)
{
    setObjectName(u"xmlPage"_s);
    m_inactiveButton = new QRadioButton(tr("Saved definition"), this);
    m_inactiveButton->setObjectName(u"xmlShowInactive"_s);
    m_inactiveButton->setToolTip(tr("What the guest boots with next time (virsh dumpxml --inactive). Editable."));
    m_inactiveButton->setChecked(true);
    m_liveButton = new QRadioButton(tr("Running guest"), this);
    m_liveButton->setObjectName(u"xmlShowLive"_s);
    m_liveButton->setToolTip(tr("The definition as it runs now, with runtime details (virsh dumpxml). Read-only."));
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"xmlHint"_s);
    m_hint->setEnabled(false);
    auto *toggle = new QHBoxLayout;
    toggle->addWidget(m_inactiveButton);
    toggle->addWidget(m_liveButton);
    toggle->addSpacing(12);
    toggle->addWidget(m_hint, 1);

    m_editor = new XmlEditor(this);
    m_editor->textEdit()->setObjectName(u"domainXml"_s);

    m_status = new QLabel(this);
    m_status->setObjectName(u"xmlStatus"_s);
    m_status->setWordWrap(true);
    m_reload = new QPushButton(tr("Reload"), this);
    m_reload->setObjectName(u"reloadXml"_s);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(u"applyXml"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toggle);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    // clicked, not toggled: only the user's choice asks about edits, not our own setChecked.
    connect(m_inactiveButton, &QRadioButton::clicked, this, [this] { showInactive(true); });
    connect(m_liveButton, &QRadioButton::clicked, this, [this] { showInactive(false); });
    connect(m_reload, &QPushButton::clicked, this, [this] { whenChangesSettled([this] { reload(); }); });
    connect(m_apply, &QPushButton::clicked, this, &GuestXmlPage::apply);
    connect(m_editor, &XmlEditor::modificationChanged, this, &GuestXmlPage::updateButtons);
    // Read too early (still connecting, or after a reconnect): try again when requests work.
    connect(session, &ConnectionSession::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected && m_loaded && !hasUnsavedChanges() && m_readFailed)
            reload();
    });
    updateButtons();
}

void GuestXmlPage::activate()
{
    if (!m_loaded)
        reload();
}

bool GuestXmlPage::hasUnsavedChanges() const
{
    return m_inactive && m_editor->isModified();
}

void GuestXmlPage::reload()
{
    load(m_inactive);
}

void GuestXmlPage::load(bool inactive)
{
    if (!m_session)
        return;
    ++m_busy;
    updateButtons();
    setStatus(tr("Loading…"), false);
    const bool connected = m_session->state() == ConnectionState::Connected;
    whenFinished(m_session->domainXml(m_uuid, inactive), this, [this, inactive, connected](const Result<QString> &xml) {
        --m_busy;
        // Asked before the session was connected, answered after: ask again, once.
        if (!xml.ok() && !connected && m_session && m_session->state() == ConnectionState::Connected) {
            load(inactive);
            return;
        }
        m_loaded = true;
        m_inactive = inactive;
        m_inactiveButton->setChecked(inactive);
        m_liveButton->setChecked(!inactive);
        m_readFailed = !xml.ok();
        if (xml.ok()) {
            m_editor->setXml(xml.value);
            setStatus({}, false);
        } else {
            m_editor->setXml(QString());
            m_editor->showError(tr("Could not read the XML: %1").arg(xml.error));
            setStatus({}, false);
        }
        m_editor->setReadOnly(!inactive);
        m_hint->setText(inactive ? tr("Changes take effect when the guest next boots.")
                                 : tr("Read-only: edit the saved definition instead."));
        updateButtons();
        Q_EMIT loaded();
    });
}

void GuestXmlPage::showInactive(bool inactive)
{
    if (inactive == m_inactive && m_loaded) {
        m_inactiveButton->setChecked(inactive);
        m_liveButton->setChecked(!inactive);
        return;
    }
    // Until the user answers, the buttons keep showing what the editor shows.
    m_inactiveButton->setChecked(m_inactive);
    m_liveButton->setChecked(!m_inactive);
    whenChangesSettled([this, inactive] { load(inactive); });
}

void GuestXmlPage::whenChangesSettled(const std::function<void()> &proceed)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved XML"),
                                tr("The guest's XML has changes that were not applied."),
                                QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"xmlUnsavedQuestion"_s);
    box->setInformativeText(tr("Apply them now, discard them, or go back to editing?"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Apply)->setObjectName(u"xmlUnsavedApply"_s);
    box->button(QMessageBox::Discard)->setObjectName(u"xmlUnsavedDiscard"_s);
    box->button(QMessageBox::Cancel)->setObjectName(u"xmlUnsavedCancel"_s);
    connect(box, &QMessageBox::finished, this, [this, box, proceed](int) {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Discard) {
            m_editor->setModified(false);
            proceed();
        } else if (answer == QMessageBox::Apply) {
            m_afterApply = proceed;
            apply();
        }
    });
    box->open();
}

void GuestXmlPage::apply()
{
    if (!m_inactive || m_busy > 0) {
        m_afterApply = nullptr;
        return;
    }
    const QString xml = m_editor->xml();
    // Well-formedness is checked here, to point at the line; libvirt checks the rest.
    const GuestDetailsReader::Identity identity = GuestDetailsReader::identity(xml);
    if (!identity.error.isEmpty()) {
        static const QRegularExpression linePattern(u"line (\\d+)"_s);
        const QRegularExpressionMatch match = linePattern.match(identity.error);
        m_editor->showError(identity.error, match.hasMatch() ? match.captured(1).toInt() : 0);
        m_afterApply = nullptr;
        setStatus({}, false);
        Q_EMIT applied(false, identity.error);
        return;
    }
    ++m_busy;
    updateButtons();
    setStatus(tr("Applying…"), false);
    whenFinished(m_service.defineXml(m_uuid, xml), this, [this](const Result<QString> &result) {
        --m_busy;
        std::function<void()> next = std::exchange(m_afterApply, nullptr);
        if (!result.ok()) {
            // The text is the user's work: it stays as typed, the message goes above it.
            m_editor->showError(tr("libvirt did not accept the definition: %1").arg(result.error));
            setStatus({}, false);
            updateButtons();
            Q_EMIT applied(false, result.error);
            return;
        }
        m_editor->setXml(result.value);
        setStatus(tr("Defined. The changes take effect when the guest next boots."), false);
        updateButtons();
        Q_EMIT applied(true, {});
        if (next)
            next();
    });
}

void GuestXmlPage::updateButtons()
{
    m_apply->setEnabled(m_inactive && m_loaded && m_busy == 0 && m_editor->isModified());
    m_reload->setEnabled(m_busy == 0);
    m_inactiveButton->setEnabled(m_busy == 0);
    m_liveButton->setEnabled(m_busy == 0);
}

void GuestXmlPage::setStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

} // namespace VirtDeck
