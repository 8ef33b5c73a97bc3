-- Configures requests from the environment and prints one JSON line with the results.
-- WRK_REQUESTS_FILE (optional): tab-separated lines "METHOD<TAB>PATH<TAB>TOKEN<TAB>BODY",
-- cycled through so that many users and resources are exercised.
local json_headers = os.getenv("WRK_HEADERS") or "{}"
wrk.method = os.getenv("WRK_METHOD") or "GET"
local body = os.getenv("WRK_BODY")
if body and body ~= "" then wrk.body = body end
for key, value in string.gmatch(json_headers, '"([^"]+)"%s*:%s*"([^"]*)"') do
  wrk.headers[key] = value
end

local prepared = nil
local index = 0

function init(args)
  local path = os.getenv("WRK_REQUESTS_FILE")
  if not path or path == "" then return end
  prepared = {}
  for line in io.lines(path) do
    local method, target, token, payload = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    local headers = {["Content-Type"] = "application/json",
                     ["Authorization"] = "Bearer " .. token}
    table.insert(prepared, wrk.format(method, target, headers, payload ~= "" and payload or nil))
  end
  index = math.random(#prepared)
end

function request()
  if prepared == nil then return wrk.format() end
  index = index % #prepared + 1
  return prepared[index]
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'JSON {"requests": %d, "rps": %.2f, "p50_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, ' ..
    '"errors": %d, "http_errors": %d}\n',
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write +
    summary.errors.timeout, summary.errors.status))
end
