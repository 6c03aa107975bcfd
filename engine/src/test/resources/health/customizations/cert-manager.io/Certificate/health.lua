-- cert-manager Certificate: Healthy once Ready, Degraded when issuance failed,
-- Progressing while cert-manager is still working on it.
local function condition(kind)
  if obj.status == nil or obj.status.conditions == nil then
    return nil
  end
  for _, c in ipairs(obj.status.conditions) do
    if c.type == kind then
      return c
    end
  end
  return nil
end

local ready = condition("Ready")
if ready == nil then
  return { status = "Progressing", message = "Waiting for certificate" }
end
if ready.status == "True" then
  return { status = "Healthy", message = ready.message }
end
local issuing = condition("Issuing")
if issuing ~= nil and issuing.status == "False" and issuing.reason == "Failed" then
  return { status = "Degraded", message = issuing.message }
end
return { status = "Progressing", message = ready.message or "Waiting for certificate" }
