#include "ui/SearchCriterionRow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>

namespace quire::ui {

namespace {

using Field = model::SearchCriterion::Field;
using ValueKind = model::SearchCriterion::ValueKind;

// Pages of the value stack, in ValueKind order.
enum Page { NonePage, TextPage, HeaderPage, DatePage, SizePage, UidPage };

struct FieldName {
    Field field;
    const char *name;
};

// Every RFC 3501 search key, in the order a reader looks for them.
const FieldName kFields[] = {
    { Field::Subject, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Subject contains") },
    { Field::From, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "From contains") },
    { Field::To, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "To contains") },
    { Field::Cc, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Cc contains") },
    { Field::Bcc, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Bcc contains") },
    { Field::Body, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Body contains") },
    { Field::Text, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Headers or body contain") },
    { Field::Header, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Header field contains") },
    { Field::Since, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Received on or after") },
    { Field::Before, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Received before") },
    { Field::On, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Received on") },
    { Field::SentSince, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Sent on or after") },
    { Field::SentBefore, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Sent before") },
    { Field::SentOn, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Sent on") },
    { Field::Larger, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Larger than") },
    { Field::Smaller, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Smaller than") },
    { Field::Unseen, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is unread") },
    { Field::Seen, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is read") },
    { Field::Flagged, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is starred") },
    { Field::Unflagged, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is not starred") },
    { Field::Answered, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is answered") },
    { Field::Unanswered, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is not answered") },
    { Field::Deleted, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is marked deleted") },
    { Field::Undeleted, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is not marked deleted") },
    { Field::Draft, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is a draft") },
    { Field::Undraft, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is not a draft") },
    { Field::Recent, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is recent") },
    { Field::New, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is new (recent and unread)") },
    { Field::Old, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Is not recent") },
    { Field::Keyword, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Has keyword") },
    { Field::Unkeyword, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Lacks keyword") },
    { Field::Uid, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "UID is in") },
    { Field::All, QT_TRANSLATE_NOOP("quire::ui::SearchCriterionRow", "Any message") },
};

int pageFor(Field field)
{
    switch (model::SearchCriterion::valueKind(field)) {
    case ValueKind::None:
        return NonePage;
    case ValueKind::Text:
        return TextPage;
    case ValueKind::HeaderAndText:
        return HeaderPage;
    case ValueKind::Date:
        return DatePage;
    case ValueKind::Size:
        return SizePage;
    case ValueKind::UidSet:
        return UidPage;
    }
    return NonePage;
}

} // namespace

SearchCriterionRow::SearchCriterionRow(QWidget *parent)
    : QWidget(parent)
    , m_not(new QCheckBox)
    , m_field(new QComboBox)
    , m_values(new QStackedWidget)
    , m_text(new QLineEdit)
    , m_headerName(new QLineEdit)
    , m_headerText(new QLineEdit)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_size(new QSpinBox)
    , m_uids(new QLineEdit)
    , m_remove(new QToolButton)
{
    for (const FieldName &entry : kFields)
        m_field->addItem(QString(), int(entry.field));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_size->setRange(0, 4'000'000);
    m_size->setValue(1024);
    m_remove->setText(QStringLiteral("−"));
    retranslateUi();

    m_values->addWidget(new QWidget); // NonePage
    m_values->addWidget(m_text);
    auto *header = new QWidget;
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_headerName, 1);
    headerLayout->addWidget(m_headerText, 2);
    m_values->addWidget(header);
    m_values->addWidget(m_date);
    m_values->addWidget(m_size);
    m_values->addWidget(m_uids);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_not);
    layout->addWidget(m_field);
    layout->addWidget(m_values, 1);
    layout->addWidget(m_remove);

    connect(m_field, &QComboBox::currentIndexChanged, this, &SearchCriterionRow::onFieldChanged);
    connect(m_remove, &QToolButton::clicked, this, &SearchCriterionRow::removeRequested);
    for (QLineEdit *edit : { m_text, m_headerName, m_headerText, m_uids })
        connect(edit, &QLineEdit::returnPressed, this, &SearchCriterionRow::submitted);
    onFieldChanged();
}

void SearchCriterionRow::retranslateUi()
{
    m_not->setText(tr("not"));
    m_not->setToolTip(tr("Find messages that do not match this condition"));
    m_not->setAccessibleName(tr("Negate condition"));
    for (int i = 0; i < m_field->count(); ++i)
        m_field->setItemText(i, tr(kFields[i].name));
    m_field->setAccessibleName(tr("Condition"));
    m_text->setAccessibleName(tr("Text"));
    m_headerName->setPlaceholderText(tr("Field, e.g. X-Mailer"));
    m_headerName->setAccessibleName(tr("Header field name"));
    m_headerText->setPlaceholderText(tr("Text (empty: the field exists)"));
    m_headerText->setAccessibleName(tr("Header field text"));
    m_date->setAccessibleName(tr("Date"));
    m_size->setSuffix(tr(" KB"));
    m_size->setAccessibleName(tr("Size"));
    m_uids->setPlaceholderText(tr("e.g. 1:100,205"));
    m_uids->setAccessibleName(tr("UID set"));
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAccessibleName(tr("Remove condition"));
}

void SearchCriterionRow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SearchCriterionRow::onFieldChanged()
{
    m_values->setCurrentIndex(pageFor(Field(m_field->currentData().toInt())));
}

model::SearchCriterion SearchCriterionRow::criterion() const
{
    model::SearchCriterion c;
    c.field = Field(m_field->currentData().toInt());
    c.negated = m_not->isChecked();
    switch (model::SearchCriterion::valueKind(c.field)) {
    case ValueKind::Text:
        c.text = m_text->text().trimmed();
        break;
    case ValueKind::HeaderAndText:
        c.headerName = m_headerName->text().trimmed();
        c.text = m_headerText->text();
        break;
    case ValueKind::Date:
        c.date = m_date->date();
        break;
    case ValueKind::Size:
        c.size = quint64(m_size->value()) * 1024;
        break;
    case ValueKind::UidSet:
        c.text = m_uids->text().trimmed();
        break;
    case ValueKind::None:
        break;
    }
    return c;
}

void SearchCriterionRow::setCriterion(const model::SearchCriterion &c)
{
    m_field->setCurrentIndex(m_field->findData(int(c.field)));
    m_not->setChecked(c.negated);
    switch (model::SearchCriterion::valueKind(c.field)) {
    case ValueKind::Text:
        m_text->setText(c.text);
        break;
    case ValueKind::HeaderAndText:
        m_headerName->setText(c.headerName);
        m_headerText->setText(c.text);
        break;
    case ValueKind::Date:
        m_date->setDate(c.date);
        break;
    case ValueKind::Size:
        m_size->setValue(int(c.size / 1024));
        break;
    case ValueKind::UidSet:
        m_uids->setText(c.text);
        break;
    case ValueKind::None:
        break;
    }
}

} // namespace quire::ui
