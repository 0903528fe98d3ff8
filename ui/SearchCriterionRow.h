#pragma once

// One condition of the advanced search: "not", the field (every RFC 3501
// search key), and the value editor that field needs (text, header name and
// text, date, size, UID set, or none for flags).

#include "core/model/SearchQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace quire::ui {

class SearchCriterionRow : public QWidget
{
    Q_OBJECT

public:
    explicit SearchCriterionRow(QWidget *parent = nullptr);

    model::SearchCriterion criterion() const;
    void setCriterion(const model::SearchCriterion &criterion);

    QComboBox *fieldBox() const { return m_field; }
    QLineEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void removeRequested();
    // Return in a text field.
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onFieldChanged();

    QCheckBox *m_not;
    QComboBox *m_field;
    QStackedWidget *m_values;
    QLineEdit *m_text;
    QLineEdit *m_headerName;
    QLineEdit *m_headerText;
    QDateEdit *m_date;
    QSpinBox *m_size;
    QLineEdit *m_uids;
    QToolButton *m_remove;
};

} // namespace quire::ui
