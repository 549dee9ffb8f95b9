#pragma once

namespace ow {

class HttpRouter;
class ServerContext;

// Each adds its routes (paths in docs/api.md) to the router; handlers capture the context.
void addAuthEndpoints(HttpRouter &router, ServerContext &context);
void addSyncEndpoints(HttpRouter &router, ServerContext &context);
void addAttachmentEndpoints(HttpRouter &router, ServerContext &context);
void addAdminEndpoints(HttpRouter &router, ServerContext &context);
void addAllEndpoints(HttpRouter &router, ServerContext &context);

} // namespace ow
