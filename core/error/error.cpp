#include "core/error/error.h"

namespace uo {

Error::Error(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}

} // namespace uo
