import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../core/auth/access.decorator';
import { HealthResponseDto, LivenessResponseDto } from './dtos/health.dto';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @Public()
  @ApiOkResponse({
    type: LivenessResponseDto,
    description: 'The process answers (no dependency is checked): for liveness probes and as a benchmark baseline',
  })
  live(): LivenessResponseDto {
    return { status: 'ok' };
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthResponseDto, description: 'Every service is up' })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'A service is down' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponseDto> {
    const result = await this.health.check();
    if (result.status !== 'ok') reply.status(503);
    return result;
  }
}
