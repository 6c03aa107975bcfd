-- Any Crossplane managed resource (any kind in any *.crossplane.io group):
-- Degraded when not Synced, Healthy when Ready, otherwise Progressing.
local conditions = {}
if obj.status ~= nil and obj.status.conditions ~= nil then
  conditions = obj.status.conditions
end

local byType = {}
for _, c in ipairs(conditions) do
  byType[c.type] = c
end

local synced = byType["Synced"]
if synced ~= nil and synced.status == "False" then
  return { status = "Degraded", message = synced.message or synced.reason or "" }
end
local ready = byType["Ready"]
if ready ~= nil and ready.status == "True" then
  return { status = "Healthy", message = "Resource is available for use" }
end
return { status = "Progressing", message = "Waiting for the resource to become ready" }
