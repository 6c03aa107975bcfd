-- Overrides the built-in Deployment check: healthy only with at least two ready replicas.
local ready = 0
if obj.status ~= nil and obj.status.readyReplicas ~= nil then
  ready = obj.status.readyReplicas
end
if ready >= 2 then
  return { status = "Healthy", message = ready .. " replicas ready" }
end
return { status = "Degraded", message = "only " .. ready .. " replicas ready" }
