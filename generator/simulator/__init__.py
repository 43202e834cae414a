"""A local simulator of a gateway's whole spec: try every gateway without a key, test against it.

``python -m generator.simulator qingbo`` serves every operation of ``specs/qingbo.yaml`` on
127.0.0.1: requests are checked with the clients' own validator (422 with the problems), auth as
the spec declares (401 in the gateway's error envelope), answers come from the spec's examples
or its response schemas, ``x-tasks`` bindings play a full lifecycle whose outputs are served by
the simulator, chat operations stream when asked, and ``Faults`` injects failures
deterministically from a seed. In tests::

    with running("qingbo") as sim:
        client = Qingbo(base_url=sim.url, api_key="any")
"""

from .faults import Faults
from .gateway import Gateway, load_gateway
from .server import Simulator, running, serve

__all__ = ["Faults", "Gateway", "Simulator", "load_gateway", "running", "serve"]
