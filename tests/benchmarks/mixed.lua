-- Visitors of the mixed workload (tests/benchmarks/mixed.py), for wrk:
--
--     wrk -c10 -t2 -d30s --latency -s mixed.lua http://127.0.0.1:8000 -- PATHS EXPONENT
--
-- Each request is a page drawn from PATHS (one path a line, most visited first) with a
-- Zipf-like skew: the page of rank r is drawn with a weight of r ^ -EXPONENT. Gzip accepted,
-- as browsers do. Responses are counted by status and by the caches' markers (X-Cache from
-- the edge, X-Page-Cache from the app, "-" when absent); done() prints the counts, one
-- "count <kind> <value> <n>" line each, and the latency percentiles, for mixed.py to read.

local threads = {}

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

local paths, cumulative, total = {}, {}, 0

function init(args)
   local exponent = tonumber(args[2])
   for line in io.lines(args[1]) do
      if line ~= "" then
         table.insert(paths, line)
         total = total + (#paths) ^ -exponent
         cumulative[#paths] = total
      end
   end
   math.randomseed(os.time() * 1000 + id)
   wrk.headers["Accept-Encoding"] = "gzip"
   counts = {}
end

local function draw()
   local target = math.random() * total
   local low, high = 1, #paths
   while low < high do
      local middle = math.floor((low + high) / 2)
      if cumulative[middle] < target then low = middle + 1 else high = middle end
   end
   return paths[low]
end

function request()
   return wrk.format("GET", draw())
end

local function count(key)
   counts[key] = (counts[key] or 0) + 1
end

function response(status, headers, body)
   count("status " .. status)
   local edge = headers["X-Cache"] or headers["x-cache"] or "-"
   local app = headers["X-Page-Cache"] or headers["x-page-cache"] or "-"
   count("cache " .. edge .. "/" .. app)
end

function done(summary, latency, requests)
   local merged = {}
   for _, thread in ipairs(threads) do
      for key, n in pairs(thread:get("counts")) do
         merged[key] = (merged[key] or 0) + n
      end
   end
   for key, n in pairs(merged) do
      io.write(string.format("count %s %d\n", key, n))
   end
   local errors = summary.errors
   io.write(string.format("requests %d\n", summary.requests))
   io.write(string.format("seconds %.3f\n", summary.duration / 1e6))
   io.write(string.format("socket_errors %d\n", errors.connect + errors.read + errors.write + errors.timeout))
   for _, p in ipairs({50, 90, 99}) do
      io.write(string.format("p%d %.3f\n", p, latency:percentile(p) / 1000))
   end
end
