#pragma once

#include "core/cases/case_intake.h"
#include "core/cases/event_classes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace uo {

// What a new case is: its class (the tracked ones marked), how it was found, what was seen, who reported
// it and the photo files. The place comes from the click on the map.
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    NewCaseDialog(const QList<EventClass> &classes, QPointF point, QWidget *parent = nullptr);
    NewCase value() const;

private:
    void update();

    QPointF m_point;
    QComboBox *m_class, *m_source;
    QPlainTextEdit *m_description;
    QLineEdit *m_reporter, *m_photos;
    QDialogButtonBox *m_buttons;
};

} // namespace uo
