#pragma once

#include "app/workstation/edit_tools/store_write_command.h"

#include <QVariantMap>

namespace uo {

class PermitDocument;

// Creating or editing one permit: the row's columns before and after. An empty `before` is a new
// permit (undo deletes it again, with its history); otherwise only the columns in `after` change
// (see StoreWriteCommand).
class PermitEditCommand : public StoreWriteCommand<QVariantMap>
{
public:
    PermitEditCommand(PermitDocument &document, qint64 permitId, const QVariantMap &before,
                      const QVariantMap &after, const QString &text);

private:
    edit::Rows rows(const QVariantMap &state) override;
    QVariantMap read(DistrictStore &store) override;
    void write(DistrictStore &store, const QVariantMap &state) override;
    void announce() override;

    PermitDocument &m_document;
    qint64 m_permitId;
};

} // namespace uo
